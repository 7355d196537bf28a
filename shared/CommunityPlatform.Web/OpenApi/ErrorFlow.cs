using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using CommunityPlatform.Errors;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>
/// Which error codes, with which status, a method can answer — read from the compiled code, so that the OpenAPI
/// document lists every module's errors without anyone keeping a list: an <see cref="ErrorCode"/> field handed to a
/// <see cref="PlatformException"/>'s constructor takes that exception's status; one handed to a method that turns its
/// argument into an exception (<c>SaveUniqueAsync</c>) takes that method's; one loaded right after a status constant
/// (<c>ProblemWriter.WriteAsync(http, 403, …)</c>) takes the constant. The walk follows calls into the platform's own
/// assemblies (async state machines, lambdas, interface implementations); codes that only travel through data
/// (collected field errors) take the statuses the code is given elsewhere.
/// </summary>
internal sealed class ErrorFlow
{
    private readonly ConcurrentDictionary<MethodBase, MethodFacts> facts = new();
    private readonly Assembly[] assemblies;
    private readonly Lazy<Dictionary<ErrorCode, HashSet<int>>> everywhere;
    private readonly Lazy<Type[]> types;

    public ErrorFlow(IEnumerable<Assembly> assemblies)
    {
        this.assemblies = assemblies.Distinct().ToArray();
        types = new(() => this.assemblies.SelectMany(Loadable).ToArray());
        everywhere = new(ScanEverything);
    }

    /// <summary>The platform's assemblies: the kernel's and every module's (not tests).</summary>
    public static IEnumerable<Assembly> PlatformAssemblies(IEnumerable<Assembly> modules) =>
        modules.Concat([typeof(ErrorCode).Assembly, typeof(ErrorFlow).Assembly, typeof(Data.DatabaseSettings).Assembly]).Distinct();

    /// <summary>Every status each code is answered with anywhere in the platform's code.</summary>
    public IReadOnlyDictionary<ErrorCode, HashSet<int>> Everywhere => everywhere.Value;

    /// <summary>The (status, code) pairs a call of this method can end in.</summary>
    public HashSet<(int Status, ErrorCode Code)> Reachable(MethodInfo method)
    {
        var found = new HashSet<(int, ErrorCode)>();
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>([method]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next)) continue;
            var f = Facts(next);
            found.UnionWith(f.Pairs);
            foreach (var (callee, code) in f.Handed)
                foreach (var status in PassThrough(callee)) found.Add((status, code));
            foreach (var code in f.Loose)
                if (Everywhere.TryGetValue(code, out var statuses))
                    foreach (var status in statuses) found.Add((status, code));
            foreach (var callee in f.Callees) pending.Push(callee);
        }

        return found;
    }

    private HashSet<int> PassThrough(MethodBase method)
    {
        var statuses = new HashSet<int>();
        foreach (var unit in Units(method)) statuses.UnionWith(Facts(unit).PassThrough);
        return statuses;
    }

    private Dictionary<ErrorCode, HashSet<int>> ScanEverything()
    {
        var result = new Dictionary<ErrorCode, HashSet<int>>();
        void Add(int status, ErrorCode code)
        {
            if (!result.TryGetValue(code, out var set)) result[code] = set = [];
            set.Add(status);
        }

        foreach (var type in types.Value)
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            var f = Facts(method);
            foreach (var (status, code) in f.Pairs) Add(status, code);
            foreach (var (callee, code) in f.Handed)
                foreach (var status in PassThrough(callee)) Add(status, code);
        }

        return result;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private bool IsOurs(MethodBase method) => method.DeclaringType is { } type && assemblies.Contains(type.Assembly);

    /// <summary>The method itself and, for an async method or an iterator, the state machine that holds its body.</summary>
    private static IEnumerable<MethodBase> Units(MethodBase method)
    {
        yield return method;
        if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine
            && machine.StateMachineType.GetMethod("MoveNext", All) is { } moveNext)
            yield return moveNext;
    }

    private MethodFacts Facts(MethodBase method) => facts.GetOrAdd(method, Read);

    private MethodFacts Read(MethodBase method)
    {
        var result = new MethodFacts();
        if (Units(method).Skip(1).FirstOrDefault() is { } moveNext) result.Callees.Add(moveNext);
        if (method.DeclaringType is { IsInterface: true } || method.IsAbstract)
        {
            result.Callees.AddRange(Implementations(method));
            return result;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } m ? m.GetGenericArguments() : null;
        ErrorCode? pending = null;
        (int Value, int At) status = (0, -10);
        var instructions = IlInstructions.Read(method);
        for (var i = 0; i < instructions.Count; i++)
        {
            var (op, operand) = instructions[i];
            if (op == OpCodes.Ldc_I4 && operand is >= 400 and < 600)
            {
                status = (operand, i);
            }
            else if (op == OpCodes.Ldsfld)
            {
                if (Resolve(() => module.ResolveField(operand, typeArguments, methodArguments)) is not { FieldType: var type } field || type != typeof(ErrorCode)) continue;
                if (pending is not null) result.Loose.Add(pending);
                pending = field.GetValue(null) as ErrorCode;
                if (pending is not null && i - status.At <= 3 && HandedOnTogether(instructions, i))
                {
                    result.Pairs.Add((status.Value, pending));
                    pending = null;
                }
            }
            else if (op == OpCodes.Ldfld || IsLoadArgument(op))
            {
                // A code from an argument or a field (an async method's argument lives in its state machine).
                if (op == OpCodes.Ldfld && Resolve(() => module.ResolveField(operand, typeArguments, methodArguments))?.FieldType != typeof(ErrorCode)) continue;
                if (pending is not null) result.Loose.Add(pending);
                pending = null;
            }
            else if (op == OpCodes.Newobj || op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Ldftn || op == OpCodes.Ldvirtftn)
            {
                if (Resolve(() => module.ResolveMethod(operand, typeArguments, methodArguments)) is not { } callee) continue;
                if (op == OpCodes.Newobj && callee.DeclaringType is { IsAbstract: false } thrown && thrown.IsSubclassOf(typeof(PlatformException)))
                {
                    var exceptionStatus = StatusOf(thrown);
                    if (pending is not null) result.Pairs.Add((exceptionStatus, pending));
                    else
                    {
                        // The code came from elsewhere: an argument (this method passes it through) or collected data.
                        foreach (var loose in result.Loose) result.Pairs.Add((exceptionStatus, loose));
                        result.PassThrough.Add(exceptionStatus);
                    }

                    pending = null;
                    continue;
                }

                if (!IsOurs(callee)) continue;
                result.Callees.Add(callee);
                if (pending is not null && callee.GetParameters().Any(p => p.ParameterType == typeof(ErrorCode)))
                {
                    result.Handed.Add((callee, pending));
                    pending = null;
                }
            }
        }

        if (pending is not null) result.Loose.Add(pending);
        return result;
    }

    private IEnumerable<MethodBase> Implementations(MethodBase method)
    {
        if (method.DeclaringType is not { } declaring) yield break;
        foreach (var type in types.Value)
        {
            if (type.IsInterface || type.IsAbstract || type.ContainsGenericParameters || !declaring.IsAssignableFrom(type)) continue;
            if (declaring.IsInterface)
            {
                InterfaceMapping map;
                try { map = type.GetInterfaceMap(declaring); }
                catch (ArgumentException) { continue; }
                var index = Array.IndexOf(map.InterfaceMethods, method);
                if (index >= 0) yield return map.TargetMethods[index];
            }
            else if (method is MethodInfo abstractMethod
                     && type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                         .FirstOrDefault(m => m.GetBaseDefinition() == abstractMethod.GetBaseDefinition() && !m.IsAbstract) is { } target)
            {
                yield return target;
            }
        }
    }

    /// <summary>
    /// A status constant and the code loaded just after it go together only when both are handed on at once — to a call
    /// (<c>WriteAsync(http, 403, code)</c>) or a constructor (<c>(404, code)</c>) — before any branch or store: a
    /// <c>switch</c> on the status that picks a code compares constants and branches.
    /// </summary>
    private static bool HandedOnTogether(List<IlInstruction> instructions, int at)
    {
        for (var i = at + 1; i < instructions.Count && i <= at + 4; i++)
        {
            var op = instructions[i].OpCode;
            if (op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj) return true;
            if (op.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw
                || op.Name!.StartsWith("st", StringComparison.Ordinal)) return false;
        }

        return false;
    }

    private static int StatusOf(Type exception) =>
        (int)exception.GetProperty(nameof(PlatformException.Status))!.GetValue(RuntimeHelpers.GetUninitializedObject(exception))!;

    private static bool IsLoadArgument(OpCode op) =>
        op == OpCodes.Ldarg || op == OpCodes.Ldarg_S || op == OpCodes.Ldarg_0 || op == OpCodes.Ldarg_1 || op == OpCodes.Ldarg_2 || op == OpCodes.Ldarg_3;

    private static T? Resolve<T>(Func<T?> resolve) where T : class
    {
        try { return resolve(); }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException or FileNotFoundException) { return null; }
    }

    private static IEnumerable<Type> Loadable(Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }

    private sealed class MethodFacts
    {
        public HashSet<(int Status, ErrorCode Code)> Pairs { get; } = [];
        public List<(MethodBase Callee, ErrorCode Code)> Handed { get; } = [];
        public HashSet<ErrorCode> Loose { get; } = [];
        public HashSet<int> PassThrough { get; } = [];
        public List<MethodBase> Callees { get; } = [];
    }
}

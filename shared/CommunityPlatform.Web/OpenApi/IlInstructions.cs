using System.Reflection;
using System.Reflection.Emit;

namespace CommunityPlatform.Web.OpenApi;

/// <summary>One IL instruction: its opcode and, for the ones we read, its operand (a metadata token or an integer).</summary>
internal readonly record struct IlInstruction(OpCode OpCode, int Operand);

/// <summary>
/// Decodes a method body's IL into instructions. Only opcodes and operands are read: the error flow needs which fields
/// are loaded, which constructors and methods are called and which integers are pushed, not the stack itself.
/// </summary>
internal static class IlInstructions
{
    private static readonly OpCode?[] OneByte = new OpCode?[0x100];
    private static readonly OpCode?[] TwoByte = new OpCode?[0x100];

    static IlInstructions()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100) OneByte[value] = code;
            else if ((value & 0xFF00) == 0xFE00) TwoByte[value & 0xFF] = code;
        }
    }

    public static List<IlInstruction> Read(MethodBase method)
    {
        var result = new List<IlInstruction>();
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or BadImageFormatException) { return result; }
        if (il is null) return result;

        var position = 0;
        while (position < il.Length)
        {
            var code = il[position] == 0xFE && position + 1 < il.Length ? TwoByte[il[++position]] : OneByte[il[position]];
            position++;
            if (code is not { } op) return result; // not IL we know: stop rather than misread the rest
            var operand = 0;
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.ShortInlineI:
                    operand = (sbyte)il[position];
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, position);
                    position += 4 + count * 4;
                    break;
                default:
                    operand = BitConverter.ToInt32(il, position);
                    position += 4;
                    break;
            }

            result.Add(new IlInstruction(op, operand));
        }

        return result;
    }
}

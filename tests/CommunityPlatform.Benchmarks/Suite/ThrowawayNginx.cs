using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// Debian's nginx in front of host instances, on a free loopback port, with the upstream settings of
/// <c>scripts/cluster.sh</c> (round robin, keep-alive to the hosts, the client's address passed on). It runs in the
/// foreground as the suite's child (<c>daemon off</c>), so that killing it takes its worker with it; its config, pid,
/// error log and temp folders live in the run's folder.
/// </summary>
public sealed class ThrowawayNginx : IAsyncDisposable
{
    private readonly Process process;

    private ThrowawayNginx(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string? Program => LocalProcess.Find("nginx", "/usr/sbin/nginx");

    /// <summary>nginx sending requests to these hosts in turn; returns once a request through it reaches a ready host.</summary>
    public static async Task<ThrowawayNginx> StartAsync(string program, string folder, IReadOnlyList<Uri> hosts)
    {
        Directory.CreateDirectory(folder);
        var port = LocalProcess.FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        var upstream = string.Join("\n", hosts.Select(h => $"    server {h.Host}:{h.Port} max_fails=1 fail_timeout=5s;"));
        await File.WriteAllTextAsync(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream community_platform {
            {{upstream}}
                keepalive 32;
              }
              server {
                listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                location / {
                  proxy_pass http://community_platform;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_next_upstream error timeout http_502 http_503;
                }
              }
            }
            """);

        // -e: the error log from the first line on (else nginx tries /var/log/nginx before it reads the config).
        var start = new ProcessStartInfo(program, ["-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var nginx = new ThrowawayNginx(process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var client = new HttpClient { BaseAddress = nginx.Address, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (process.HasExited) throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {ErrorLog(folder)}");
                try
                {
                    if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return nginx;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                await Task.Delay(50);
            }

            throw new TimeoutException($"nginx did not pass a ready answer in 30 s: {ErrorLog(folder)}");
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await LocalProcess.StopAsync(process);

    private static string ErrorLog(string folder)
    {
        var log = Path.Combine(folder, "error.log");
        return File.Exists(log) ? string.Join(" / ", File.ReadLines(log).TakeLast(5)) : "no error log";
    }
}

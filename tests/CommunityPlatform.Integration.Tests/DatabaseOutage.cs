using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// Takes a running host's database away and gives it back, as a crashed server or an unmounted disk would. On SQLite
/// the data folder is moved aside (the file cannot be opened; works as root too, unlike taking permissions away); on
/// MariaDB the host talks to the server through a relay on a port of its own, which is cut and later reopened.
/// Pools are cleared so that the host's next statement needs a new connection, as after any real outage.
/// </summary>
internal sealed class DatabaseOutage : IAsyncDisposable
{
    private readonly string dataFolder;
    private readonly Relay? relay;
    private bool cut;

    private DatabaseOutage(string name)
    {
        dataFolder = Path.Combine(Path.GetTempPath(), "community-platform-tests", name);
        if (PlatformFactory.MySqlServer is null) return;
        var server = new MySqlConnectionStringBuilder(PlatformFactory.MySqlServer);
        relay = new Relay(server.Server, (int)server.Port);
        server.Port = (uint)relay.Port;
        server.Database = "cp_test_" + name;
        Settings["ConnectionStrings:Platform"] = server.ConnectionString;
    }

    /// <summary>What the host's factory must be given (with the same name) so that the outage can reach its database.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public static DatabaseOutage For(string name) => new(name);

    public void Begin()
    {
        cut = true;
        if (relay is not null)
        {
            relay.Cut();
            MySqlConnection.ClearAllPools();
            return;
        }

        SqliteConnection.ClearAllPools();
        Directory.Move(dataFolder, dataFolder + ".away");
    }

    public void End()
    {
        if (!cut) return;
        cut = false;
        if (relay is not null)
        {
            relay.Open();
            return;
        }

        Directory.Move(dataFolder + ".away", dataFolder);
        SqliteConnection.ClearAllPools();
    }

    public ValueTask DisposeAsync()
    {
        End();
        relay?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A loopback TCP relay to the MariaDB server that can refuse connections and open again on the same port.</summary>
    private sealed class Relay : IDisposable
    {
        private readonly string host;
        private readonly int port;
        private readonly ConcurrentDictionary<TcpClient, bool> open = new();
        private TcpListener listener;
        private CancellationTokenSource running = new();

        public Relay(string host, int port)
        {
            this.host = host;
            this.port = port;
            listener = Listen(0);
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _ = AcceptAsync(listener, running.Token);
        }

        public int Port { get; }

        public void Cut()
        {
            running.Cancel();
            listener.Stop();
            foreach (var connection in open.Keys) connection.Dispose();
            open.Clear();
        }

        public void Open()
        {
            running = new CancellationTokenSource();
            listener = Listen(Port);
            _ = AcceptAsync(listener, running.Token);
        }

        public void Dispose() => Cut();

        private static TcpListener Listen(int port)
        {
            var listening = new TcpListener(IPAddress.Loopback, port);
            listening.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listening.Start();
            return listening;
        }

        private async Task AcceptAsync(TcpListener listening, CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var client = await listening.AcceptTcpClientAsync(stop);
                    var server = new TcpClient();
                    try
                    {
                        await server.ConnectAsync(host, port, stop);
                    }
                    catch (Exception e) when (e is SocketException or OperationCanceledException)
                    {
                        client.Dispose();
                        server.Dispose();
                        continue;
                    }

                    open[client] = true;
                    open[server] = true;
                    _ = PumpAsync(client, server, stop);
                    _ = PumpAsync(server, client, stop);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // Cut.
            }
        }

        private async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken stop)
        {
            try
            {
                await from.GetStream().CopyToAsync(to.GetStream(), stop);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException or SocketException)
            {
            }
            finally
            {
                from.Dispose();
                to.Dispose();
                open.TryRemove(from, out _);
                open.TryRemove(to, out _);
            }
        }
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Web.Tests;

/// <summary>
/// The in-memory host on real Kestrel sockets (127.0.0.1, a free port), and HTTP clients that connect from a chosen
/// loopback address (all of 127.0.0.0/8 is this machine on Linux), so that a test can be two different client IPs.
/// </summary>
internal static class LoopbackClients
{
    /// <summary>Starts <paramref name="host"/> on Kestrel and returns its address.</summary>
    public static Uri StartOnKestrel(WebApplicationFactory<Program> host)
    {
        host.UseKestrel();
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client whose connections leave from <paramref name="source"/> (e.g. 127.0.0.2).</summary>
    public static HttpClient From(string source, Uri baseAddress) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
}

using CareerBot.Testing;
using System.Net;
using System.Net.Sockets;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>A loopback address where nothing listens: a connection to it is refused at once.</summary>
internal static class FreePort
{
    public static Uri RefusingEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1/");
    }
}

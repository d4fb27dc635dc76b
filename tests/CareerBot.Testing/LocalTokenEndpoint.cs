using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace CareerBot.Testing;

/// <summary>
/// A stand-in for the Entra token endpoints MSAL talks to, for tests: an HTTPS Kestrel server on 127.0.0.1
/// (MSAL refuses non-HTTPS authorities) with a certificate generated for the test, which only
/// <see cref="HttpClientFactory"/> trusts.
/// <list type="bullet">
/// <item><c>POST /{tenant}/oauth2/v2.0/token</c>: OAuth client credentials; authority = <c>{BaseUrl}/{tenant}</c>.</item>
/// <item><c>GET /msi/token</c>: the App Service managed identity protocol (IDENTITY_ENDPOINT / IDENTITY_HEADER).</item>
/// </list>
/// Every request is recorded in <see cref="Requests"/>; tokens are <c>access-token-{n}</c>.
/// </summary>
public sealed class LocalTokenEndpoint : IAsyncDisposable
{
    public const string IdentityHeader = "test-identity-header";

    private readonly X509Certificate2 _certificate;
    private readonly WebApplication _server;
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private int _issued;

    private LocalTokenEndpoint(X509Certificate2 certificate, WebApplication server)
    {
        _certificate = certificate;
        _server = server;
        HttpClientFactory = new TrustingHttpClientFactory(certificate);
    }

    /// <summary><c>https://127.0.0.1:{port}</c>.</summary>
    public string BaseUrl => _server.Urls.Single();

    /// <summary>Lifetime (<c>expires_in</c>) of the tokens issued from now on.</summary>
    public int ExpiresInSeconds { get; set; } = 3600;

    /// <summary>When set, the client-credentials endpoint answers this OAuth error (HTTP 401) instead of a token.</summary>
    public string? FailWithError { get; set; }

    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    /// <summary>
    /// The server's certificate in PEM, for a child process to trust it (as its only root, with <c>SSL_CERT_FILE</c>).
    /// </summary>
    public string CertificatePem => _certificate.ExportCertificatePem();

    /// <summary>MSAL HTTP clients that trust this server's certificate, and no other.</summary>
    public IMsalHttpClientFactory HttpClientFactory { get; }

    public static async Task<LocalTokenEndpoint> StartAsync()
    {
        var certificate = CreateLoopbackCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var endpoint = new LocalTokenEndpoint(certificate, builder.Build());
        endpoint.MapRoutes();
        await endpoint._server.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        ((IDisposable)HttpClientFactory).Dispose();
        _certificate.Dispose();
    }

    private void MapRoutes()
    {
        _server.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            _requests.Enqueue(new TokenRequest($"/{tenant}/oauth2/v2.0/token", form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            if (FailWithError is { } error)
            {
                return Json(new { error, error_description = $"AADSTS7000215: {error} (test endpoint)." }, StatusCodes.Status401Unauthorized);
            }

            return Json(new { token_type = "Bearer", expires_in = ExpiresInSeconds, access_token = NextToken() }, StatusCodes.Status200OK);
        });

        _server.MapGet("/msi/token", (HttpRequest request) =>
        {
            var parameters = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            parameters["X-IDENTITY-HEADER"] = request.Headers["X-IDENTITY-HEADER"].ToString();
            _requests.Enqueue(new TokenRequest("/msi/token", parameters));
            var expiresOn = DateTimeOffset.UtcNow.AddSeconds(ExpiresInSeconds).ToUnixTimeSeconds();
            return Json(
                new { access_token = NextToken(), expires_on = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture), resource = parameters.GetValueOrDefault("resource"), token_type = "Bearer" },
                StatusCodes.Status200OK);
        });
    }

    private string NextToken() => $"access-token-{Interlocked.Increment(ref _issued)}";

    private static IResult Json(object body, int statusCode) =>
        Results.Text(JsonSerializer.Serialize(body), "application/json", statusCode: statusCode);

    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));

        // Round-trip through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), password: null);
    }

    /// <summary>One request received: path and form (or query) parameters.</summary>
    public sealed record TokenRequest(string Path, IReadOnlyDictionary<string, string> Parameters);

    private sealed class TrustingHttpClientFactory : IMsalHttpClientFactory, IDisposable
    {
        private readonly HttpClient _client;

        public TrustingHttpClientFactory(X509Certificate2 certificate)
        {
            var thumbprint = certificate.Thumbprint;
            _client = new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint,
            });
        }

        public HttpClient GetHttpClient() => _client;

        public void Dispose() => _client.Dispose();
    }
}

using Microsoft.Extensions.FileProviders;

namespace CareerBot.Web.WebChat;

/// <summary>
/// Serves the web chat page at <c>/</c> (<c>wwwroot</c>) and Microsoft's Web Chat bundle at <c>/webchat/webchat.js</c>,
/// both from beside the binaries, so that <c>dotnet run</c>, a built dll and a publish serve the same files. Nothing
/// comes from a CDN: the page works on a machine with no internet access.
/// </summary>
public static partial class WebChatPageExtensions
{
    /// <summary>
    /// What the page may load and talk to: its own files, and Direct Line on this host (WebSocket included) or on Azure
    /// Bot Service when a Direct Line secret is configured. Web Chat sets inline styles, hence 'unsafe-inline' for styles
    /// only. Any site may frame the page (the documented embed is an iframe).
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss: https://directline.botframework.com https://*.directline.botframework.com; object-src 'none'; base-uri 'self'";

    public static WebApplication UseCareerBotWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var page = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var bundle = Path.Combine(AppContext.BaseDirectory, "webchat");
        if (!Directory.Exists(page) || !File.Exists(Path.Combine(bundle, "webchat.js")))
        {
            // A build without npm (the bundle is fetched by CareerBot.Web.csproj): the bot still works, the page does not.
            LogPageMissing(app.Logger, page, bundle);
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
            }

            await next(context).ConfigureAwait(false);
        });
        var pageFiles = new PhysicalFileProvider(page);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pageFiles });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pageFiles });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(bundle), RequestPath = "/webchat" });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web chat page is not served: {Page} or {Bundle}/webchat.js is missing (build CareerBot.Web with npm available).")]
    private static partial void LogPageMissing(ILogger logger, string page, string bundle);
}

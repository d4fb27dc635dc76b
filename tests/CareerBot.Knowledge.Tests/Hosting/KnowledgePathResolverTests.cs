using CareerBot.Knowledge.Hosting;
using CareerBot.Testing;

namespace CareerBot.Knowledge.Tests.Hosting;

public sealed class KnowledgePathResolverTests
{
    [Fact]
    public void A_folder_shipped_beside_the_application_is_found_from_an_unrelated_content_root()
    {
        // What a publish does: knowledge/ beside the binaries, the app started from some other working directory.
        var name = "shipped-" + Guid.NewGuid().ToString("N");
        var shipped = Path.Combine(AppContext.BaseDirectory, name);
        Directory.CreateDirectory(Path.Combine(shipped, "sources"));
        using var elsewhere = new TempDirectory();
        try
        {
            Assert.Equal(Path.GetFullPath(shipped), KnowledgePathResolver.ResolveFolder(name, elsewhere.Path));
        }
        finally
        {
            Directory.Delete(shipped, recursive: true);
        }
    }

    [Fact]
    public void The_content_root_wins_over_the_copy_beside_the_application()
    {
        var name = "both-" + Guid.NewGuid().ToString("N");
        var shipped = Path.Combine(AppContext.BaseDirectory, name);
        Directory.CreateDirectory(Path.Combine(shipped, "sources"));
        using var contentRoot = new TempDirectory();
        Directory.CreateDirectory(contentRoot.Combine(name, "sources"));
        try
        {
            Assert.Equal(contentRoot.Combine(name), KnowledgePathResolver.ResolveFolder(name, contentRoot.Path));
        }
        finally
        {
            Directory.Delete(shipped, recursive: true);
        }
    }
}

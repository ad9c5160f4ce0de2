using System;
using System.IO;
using FinalAccounts.Classification;
using PublicApiGenerator;
using Xunit;

namespace FinalAccounts.Core.Tests.PublicApi;

/// <summary>
/// The public surface of FinalAccounts.Core (generated code included) must equal the approved file. A change fails
/// until PublicApi/FinalAccounts.Core.approved.txt is updated in the same commit; the received surface is written
/// beside it to make the diff easy. Both builds (net8.0 and netstandard2.0) must expose the same surface.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_surface_matches_the_approved_file()
    {
        var options = new ApiGeneratorOptions { IncludeAssemblyAttributes = false };
        var received = Normalize(typeof(FunctionCode).Assembly.GeneratePublicApi(options));
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", "FinalAccounts.Core.approved.txt");
        var sourceDir = Path.Combine(FindRepositoryRoot(), "tests", "FinalAccounts.Core.Tests", "PublicApi");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (approved != received)
        {
            var receivedPath = Path.Combine(sourceDir, "FinalAccounts.Core.received.txt");
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The public API changed. Compare {receivedPath} with FinalAccounts.Core.approved.txt beside it; if the change is intended, copy it over the approved file.");
        }
    }

    [Fact]
    public void Nothing_internal_leaks_into_the_public_surface()
    {
        var api = typeof(FunctionCode).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        Assert.DoesNotContain("FinalAccounts.Generators", api, StringComparison.Ordinal);
        Assert.DoesNotContain(" s_", api, StringComparison.Ordinal);
        Assert.DoesNotContain("IdOf", api, StringComparison.Ordinal);
        Assert.DoesNotContain("DecimalMath", api, StringComparison.Ordinal);
        Assert.DoesNotContain("NumberText", api, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FindRepositoryRoot() => FinalAccounts.Testing.Repository.Root;
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FinalAccounts.Package.Tests;

/// <summary>Packs FinalAccounts.Core, FinalAccounts.Import, FinalAccounts.Review and the finacct tool once per test run, with a version of their own.</summary>
public sealed class Packages : IDisposable
{
    public Packages()
    {
        Root = FindRoot();
        Configuration = typeof(Packages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        // A version no earlier run used, so restore can never take a stale copy from the global packages folder.
        Version = "0.1.0-local." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Feed = Directory.CreateTempSubdirectory("finacct-feed-").FullName;
        foreach (var project in new[] { "src/FinalAccounts.Core/FinalAccounts.Core.csproj", "src/FinalAccounts.Import/FinalAccounts.Import.csproj", "src/FinalAccounts.Review/FinalAccounts.Review.csproj", "src/FinalAccounts.Cli/FinalAccounts.Cli.csproj" })
        {
            Dotnet.RunOrThrow(Root, "pack", project, "-c", Configuration, "--no-build", "-o", Feed, "-p:Version=" + Version);
        }
    }

    public string Root { get; }

    public string Configuration { get; }

    public string Version { get; }

    public string Feed { get; }

    public string CorePackage => Path.Combine(Feed, "FinalAccounts.Core." + Version + ".nupkg");

    public string SymbolPackage => Path.Combine(Feed, "FinalAccounts.Core." + Version + ".snupkg");

    public string ImportPackage => Path.Combine(Feed, "FinalAccounts.Import." + Version + ".nupkg");

    public string ReviewPackage => Path.Combine(Feed, "FinalAccounts.Review." + Version + ".nupkg");

    public string ToolPackage => Path.Combine(Feed, "FinalAccounts.Cli." + Version + ".nupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Feed, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.Core.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("FinalAccounts.Core.sln not found above " + AppContext.BaseDirectory);
    }
}

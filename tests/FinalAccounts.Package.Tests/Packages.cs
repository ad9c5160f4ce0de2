using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FinalAccounts.Package.Tests;

/// <summary>
/// Packs FinalAccounts.Core, FinalAccounts.Import, FinalAccounts.Review and the finacct tool once per test run, with a version of their own,
/// into a temporary feed. Consumers restore them into a private packages folder (the user's global folder serves the
/// other packages read-only, as a fallback folder), and everything is deleted afterwards: a test run leaves no
/// FinalAccounts.* 0.1.0-local.* package in ~/.nuget/packages.
/// </summary>
public sealed class Packages : IDisposable
{
    public Packages()
    {
        Root = FindRoot();
        Configuration = typeof(Packages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        // A version no earlier run used, so restore can never take a stale copy from the global packages folder.
        Version = "0.1.0-local." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Feed = Directory.CreateTempSubdirectory("finacct-feed-").FullName;
        PackagesFolder = Directory.CreateTempSubdirectory("finacct-packages-").FullName;
        foreach (var project in new[] { "src/FinalAccounts.Core/FinalAccounts.Core.csproj", "src/FinalAccounts.Import/FinalAccounts.Import.csproj", "src/FinalAccounts.Review/FinalAccounts.Review.csproj", "src/FinalAccounts.Cli/FinalAccounts.Cli.csproj" })
        {
            Dotnet.RunOrThrow(Root, "pack", project, "-c", Configuration, "--no-build", "-o", Feed, "-p:Version=" + Version);
        }
    }

    public string Root { get; }

    public string Configuration { get; }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>The consumers' private global-packages folder, deleted with the feed.</summary>
    public string PackagesFolder { get; }

    /// <summary>The user's global packages folder, which the tests must leave as they found it.</summary>
    public static string UserPackagesFolder
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// A nuget.config for a consumer: the local feed first, packages extracted into <see cref="PackagesFolder"/>, the
    /// user's global folder only read from.
    /// </summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{PackagesFolder}" />
          </config>
          <fallbackPackageFolders>
            <clear />
            <add key="user" value="{UserPackagesFolder}" />
          </fallbackPackageFolders>
          <packageSources>
            <clear />
            <add key="local" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    /// <summary>A scratch folder for one consumer, deleted with the feed.</summary>
    public string NewConsumerFolder()
    {
        var dir = Directory.CreateTempSubdirectory("finacct-consumer-").FullName;
        lock (_consumers) _consumers.Add(dir);
        return dir;
    }

    private readonly System.Collections.Generic.List<string> _consumers = new();

    public string CorePackage => Path.Combine(Feed, "FinalAccounts.Core." + Version + ".nupkg");

    public string SymbolPackage => Path.Combine(Feed, "FinalAccounts.Core." + Version + ".snupkg");

    public string ImportPackage => Path.Combine(Feed, "FinalAccounts.Import." + Version + ".nupkg");

    public string ReviewPackage => Path.Combine(Feed, "FinalAccounts.Review." + Version + ".nupkg");

    public string ToolPackage => Path.Combine(Feed, "FinalAccounts.Cli." + Version + ".nupkg");

    public void Dispose()
    {
        foreach (var dir in _consumers.Append(PackagesFolder).Append(Feed))
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the user's packages folder was never written.
            }
        }
    }

    private static string FindRoot() => FinalAccounts.Testing.Repository.Root;
}

using System;
using System.IO;

namespace FinalAccounts.Testing;

/// <summary>The repository the tests run from: the folder holding FinalAccounts.Core.sln above the test binaries.</summary>
public static class Repository
{
    private static readonly Lazy<string> s_root = new(Find);

    /// <summary>The repository's root folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path below the root, e.g. <c>Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.Core.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("No folder containing FinalAccounts.Core.sln above " + AppContext.BaseDirectory);
    }
}

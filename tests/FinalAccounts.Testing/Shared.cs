using System.IO;

namespace FinalAccounts.Testing;

/// <summary>
/// The project's shared folder beside the repository root (<c>../shared/</c>): real reports, seed texts and the
/// classification sources, read in place and never copied into the repository.
/// </summary>
public static class Shared
{
    /// <summary>The folder <c>../shared</c> beside the repository root (it may not exist).</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));

    /// <summary>A file under ../shared/reports/, or a skip naming where it was expected.</summary>
    public static string Report(string fileName) => File("reports", fileName);

    /// <summary>A file under ../shared/seeds/, or a skip naming where it was expected.</summary>
    public static string Seed(string fileName) => File("seeds", fileName);

    /// <summary>The file <c>../shared/&lt;folder&gt;/&lt;fileName&gt;</c>, or a skip (a failure under CI) saying it is missing.</summary>
    public static string File(string folder, string fileName)
    {
        var path = Path.Combine(Folder, folder, fileName);
        if (System.IO.File.Exists(path)) return path;
        throw Prerequisite.Missing("needs ../shared/" + folder + "/" + fileName + " beside the repository root (looked for " + path
            + "): put the project's shared folder next to the clone to run the real-report tests");
    }
}

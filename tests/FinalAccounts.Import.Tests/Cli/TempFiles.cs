using System;
using System.IO;

namespace FinalAccounts.Import.Tests.Cli;

/// <summary>A scratch folder per test class under the system temp folder, never inside the repository.</summary>
public sealed class TempFiles : IDisposable
{
    public TempFiles() => Folder = Directory.CreateTempSubdirectory("finacct-import-").FullName;

    public string Folder { get; }

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
            // A scanner holding a file open must not fail the test run.
        }
    }
}

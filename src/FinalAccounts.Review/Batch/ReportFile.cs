namespace FinalAccounts.Review.Batch;

/// <summary>A report file to check: where it is, and the name its outputs take (its path below the folder it was found in).</summary>
public sealed class ReportFile
{
    /// <summary>Creates the entry.</summary>
    public ReportFile(string path, string name)
    {
        Path = path;
        Name = name;
    }

    /// <summary>The file as found (the argument, or the folder argument joined with the path below it).</summary>
    public string Path { get; }

    /// <summary>
    /// The file's path below the folder argument it was found in (or its file name when it was named itself), with '/'
    /// separators; unique within one run, so the outputs of two reports never overwrite each other.
    /// </summary>
    public string Name { get; }

    /// <summary>The path.</summary>
    public override string ToString() => Path;
}

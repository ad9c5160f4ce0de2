namespace FinalAccounts.Import;

/// <summary>How far an import has come: <see cref="Done"/> of <see cref="Total"/> pages (or sheets) read.</summary>
public readonly struct ImportProgress
{
    /// <summary>Creates a progress report.</summary>
    public ImportProgress(int done, int total)
    {
        Done = done;
        Total = total;
    }

    /// <summary>Pages or sheets read so far.</summary>
    public int Done { get; }

    /// <summary>Pages or sheets in the file.</summary>
    public int Total { get; }
}

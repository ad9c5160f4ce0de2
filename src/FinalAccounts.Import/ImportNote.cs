namespace FinalAccounts.Import;

/// <summary>
/// Something the import was not sure of (FA4xxx): a figure it left out rather than guess, a name it could not resolve, a
/// table it did not recognise. The note says where a person should look.
/// </summary>
public sealed class ImportNote
{
    /// <summary>Creates a note.</summary>
    public ImportNote(string id, string message, int page, string where)
    {
        Id = id;
        Message = message;
        Page = page;
        Where = where;
    }

    /// <summary>The note's id, e.g. FA4001 (see <see cref="ImportNotes"/>).</summary>
    public string Id { get; }

    /// <summary>What was unsure, in words.</summary>
    public string Message { get; }

    /// <summary>The 1-based page (or sheet) it concerns, or 0.</summary>
    public int Page { get; }

    /// <summary>The table and row, or the sentence, it concerns.</summary>
    public string Where { get; }

    /// <summary>"FA4001 p.8 表2 · row：中文标题 (English message)", Chinese first like every finding.</summary>
    public override string ToString() => Id + (Page > 0 ? " p." + Page : string.Empty) + " " + Where + "：" + ImportNotes.Title(Id) + " (" + Message + ")";
}

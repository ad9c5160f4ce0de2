using FinalAccounts.Validation;

namespace FinalAccounts.Import;

/// <summary>
/// Something the import was not sure of (FA4xxx): a figure it left out rather than guess, a name it could not resolve, a
/// table it did not recognise. The note says where a person should look. Its message and place are clipped
/// (<see cref="MaxMessageLength"/>, <see cref="MaxWhereLength"/>) so that a row label that swallowed a whole sheet
/// costs each note a few hundred characters, not the sheet.
/// </summary>
public sealed class ImportNote
{
    /// <summary>The longest <see cref="Message"/> kept; longer ones end in "…".</summary>
    public const int MaxMessageLength = 300;

    /// <summary>The longest <see cref="Where"/> kept; longer ones end in "…".</summary>
    public const int MaxWhereLength = 120;

    /// <summary>Creates a note of the kind <paramref name="id"/> (one of <see cref="ImportNotes.All"/>).</summary>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is not an FA4xxx note of <see cref="ImportNotes.All"/>.</exception>
    public ImportNote(string id, string message, int page, string where)
    {
        Rule = ImportNotes.Descriptor(id);
        Id = id;
        Message = Clip(message, MaxMessageLength);
        Page = page;
        Where = Clip(where, MaxWhereLength);
    }

    /// <summary>The note's id, e.g. FA4001 (see <see cref="ImportNotes"/>).</summary>
    public string Id { get; }

    /// <summary>The note's descriptor: Chinese and English title, meaning, kind <see cref="RuleKind.Import"/>.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>How serious the note is: its descriptor's <see cref="RuleDescriptor.MaxSeverity"/> (Info for every import note).</summary>
    public Severity Severity => Rule.MaxSeverity;

    /// <summary>What was unsure, in words.</summary>
    public string Message { get; }

    /// <summary>The 1-based page (or sheet) it concerns, or 0.</summary>
    public int Page { get; }

    /// <summary>The table and row, or the sentence, it concerns.</summary>
    public string Where { get; }

    /// <summary>"FA4001 p.8 表2 · row：中文标题 (English message)", Chinese first like every finding.</summary>
    public override string ToString() => Id + (Page > 0 ? " p." + Page : string.Empty) + " " + Where + "：" + Rule.Title + " (" + Message + ")";

    private static string Clip(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}

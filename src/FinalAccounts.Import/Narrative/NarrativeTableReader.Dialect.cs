using System;
using System.Collections.Generic;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeTableReader
{
    /// <summary>
    /// A column word whose basis depends on what else the table prints, or is not sure at all in this kind of report (a
    /// 决算数 column in a 预算): the table is left out whole with a note.
    /// </summary>
    private const string Ambiguous = "?";

    /// <summary>A column whose figures the format has no basis for in this kind of report: its values are left out, with one note.</summary>
    private const string NoBasis = "∅";

    /// <summary>
    /// What a 说明 table's words mean in one kind of report — the same readers (plain and turned) read a 决算's tables and
    /// a 预算's, each through its dialect: <paramref name="Columns"/> maps a column (or value-line) label to its basis and
    /// mark; <paramref name="Dated"/> gives the basis of a label dated so many years after the report's year (0: the
    /// report's own, −1: the year before) or null when no basis fits; <paramref name="Settle"/> turns the bases one
    /// table prints into the format's (a 预算's 增减额 is against 上年预算 or 上年执行数, whichever the table prints), null or
    /// <see cref="Ambiguous"/> when it cannot tell; <paramref name="TopicOf"/> finds a section's table (number, heading,
    /// subheading, counts?); <paramref name="WholeTableNote"/> is the note id of a table left out whole (null: the 决算's
    /// own ids, as before); <paramref name="Sections"/> names the sections read, for the note on any other table.
    /// </summary>
    private sealed record Dialect(
        IReadOnlyDictionary<string, (string? Basis, string? Unit)> Columns,
        Func<int, string, string?> Dated,
        Func<IReadOnlyList<string>, IReadOnlyList<string>?> Settle,
        Func<string, string, string, bool, Topic?> TopicOf,
        string? WholeTableNote,
        string Sections)
    {
        /// <summary>The note id of a table left out whole: the dialect's own, else <paramref name="usual"/>.</summary>
        public string TableNote(string usual) => WholeTableNote ?? usual;
    }

    /// <summary>The note on a column (or value line) whose figures have no sure basis in a 预算.</summary>
    private static string NoBasisWhy(string label)
        => "column " + label + " of a table in a 预算's 说明 has no sure basis in the report format (a stock on a date before the budget year, or an 增减 printed beside neither or both of 上年预算 and 上年执行数); its values are left out, the rest of the table is read";
}

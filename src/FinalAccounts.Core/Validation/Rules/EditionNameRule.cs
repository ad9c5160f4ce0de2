using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A 功能分类 name printed in a year whose edition no longer (or not yet) used it: the row or sentence of a figure
/// names its code (or a code above it) by an old name from the alias tables, outside that name's years. A warning:
/// the figure is placed correctly through the old name; the report just follows an outdated edition.
/// </summary>
internal sealed partial class EditionNameRule : IReportRule
{
    public EditionNameRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var year = context.Report.Info.Year;
        if (year <= 0) return;
        // Every check of this rule is decided by the report alone (its figures' codes and printed texts, its year), which never
        // changes: which figures it checks and which of them print an old name are found on the report's first check and
        // kept; a check counts the rest and records those.
        var found = context.Report.Index.Memo(this, static (_, report) => Find(report));
        context.Passed(found.Checks - found.Outdated.Length);
        for (var i = 0; i < found.Outdated.Length; i++)
        {
            var (figure, code, alias) = found.Outdated[i];
            context.Mismatch(figure, false, new[] { figure }, Describe(code, alias, year));
        }
    }

    /// <summary>What <see cref="Check"/> decides of a report: how many figures it checks, and the findings in report order.</summary>
    private sealed class Found
    {
        public Found(int checks, (StatedFigure Figure, FunctionCode Code, ClassificationAlias Alias)[] outdated)
        {
            Checks = checks;
            Outdated = outdated;
        }

        /// <summary>The figures checked: each in a 功能分类 row or a sentence that names its code.</summary>
        public int Checks { get; }

        /// <summary>The figures (one per printed row or sentence and old name) whose text prints an old name, in report order.</summary>
        public (StatedFigure Figure, FunctionCode Code, ClassificationAlias Alias)[] Outdated { get; }
    }

    private static Found Find(FinalAccountsReport report)
    {
        var year = report.Info.Year;
        var checks = 0;
        List<(StatedFigure, FunctionCode, ClassificationAlias)>? outdated = null;
        // One finding per printed row or sentence and old name, not one per figure that stands in it.
        HashSet<(string, string)>? reported = null;
        // A row or sentence holds several figures: each printed text is normalized once.
        Dictionary<string, string>? normalized = null;
        // The figures of one row stand together and share its code and text: the answer for a run of them is found once.
        FunctionCode? runCode = null;
        string? runWhere = null;
        (FunctionCode Code, ClassificationAlias Alias)? runFound = null;
        var byCode = s_byYear.GetOrAdd(year, static _ => new CodeCandidates?[FunctionCode.All.Count + 1]);
        var figures = report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Function is not FunctionCode function) continue;
            var where = figure.Location.Row.Length > 0 ? figure.Location.Row : figure.Location.Sentence;
            if (where.Length == 0) continue;
            if (runCode != function || !string.Equals(runWhere, where, System.StringComparison.Ordinal))
            {
                runCode = function;
                runWhere = where;
                runFound = Outdated(function, where, year, byCode, ref normalized);
            }
            checks++;
            if (runFound is not (FunctionCode code, ClassificationAlias alias)) continue;
            // A further figure of a row already reported for this old name is no check of its own: the row's finding stands for it.
            if (!(reported ??= new HashSet<(string, string)>()).Add((where, alias.Name))) checks--;
            else (outdated ??= new List<(StatedFigure, FunctionCode, ClassificationAlias)>()).Add((figure, code, alias));
        }
        return new Found(checks, outdated?.ToArray() ?? System.Array.Empty<(StatedFigure, FunctionCode, ClassificationAlias)>());
    }

    /// <summary>The deepest code of the chain whose old name, outside its years, the text prints.</summary>
    private static (FunctionCode Code, ClassificationAlias Alias)? Outdated(FunctionCode function, string where, int year, CodeCandidates?[] byCode,
        ref Dictionary<string, string>? normalized)
    {
        // A row of a 功能分类 table is one run: a dictionary lookup per run was most of this rule's time. The year's array is
        // indexed by the code's hash (its number in the classification) and each entry names its code, so an entry that is not
        // this code's (or a hash outside the array) is only a miss: the dictionary answers then, and the entry is (re)written.
        var slot = function.GetHashCode();
        var entry = (uint)slot < (uint)byCode.Length ? Volatile.Read(ref byCode[slot]) : null;
        (FunctionCode Code, ClassificationAlias Alias, string Old)[] candidates;
        if (entry != null && entry.Code == function) candidates = entry.Candidates;
        else
        {
            candidates = s_candidates.GetOrAdd((function, year), static key => Candidates(key.Code, key.Year));
            if ((uint)slot < (uint)byCode.Length) Volatile.Write(ref byCode[slot], new CodeCandidates(function, candidates));
        }
        if (candidates.Length == 0) return null;
        // Normalized only when the chain has an old name outside its years: most codes have none.
        normalized ??= new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (!normalized.TryGetValue(where, out var text)) normalized.Add(where, text = ClassificationNameIndex.Normalize(where));
        for (var i = 0; i < candidates.Length; i++)
        {
            if (text.Contains(candidates[i].Old)) return (candidates[i].Code, candidates[i].Alias);
        }
        return null;
    }

    // What the text is searched for depends only on the code and the year: found once per process for each (a bounded set,
    // the classification's codes times the years checked).
    private static readonly ConcurrentDictionary<(FunctionCode Code, int Year), (FunctionCode Code, ClassificationAlias Alias, string Old)[]> s_candidates = new();

    // The same candidates per year by code number, for the lookup of every run (the classification's codes per year checked).
    private static readonly ConcurrentDictionary<int, CodeCandidates?[]> s_byYear = new();

    /// <summary>A code's candidates, named with the code they belong to (an immutable entry of <see cref="s_byYear"/>).</summary>
    private sealed class CodeCandidates
    {
        public CodeCandidates(FunctionCode code, (FunctionCode Code, ClassificationAlias Alias, string Old)[] candidates)
        {
            Code = code;
            Candidates = candidates;
        }

        public FunctionCode Code { get; }

        public (FunctionCode Code, ClassificationAlias Alias, string Old)[] Candidates { get; }
    }

    /// <summary>
    /// The old names of the chain from <paramref name="function"/> up, deepest first, that <paramref name="year"/>'s edition
    /// does not use and that the text can tell apart from today's name (neither inside the other).
    /// </summary>
    private static (FunctionCode Code, ClassificationAlias Alias, string Old)[] Candidates(FunctionCode function, int year)
    {
        List<(FunctionCode, ClassificationAlias, string)>? found = null;
        for (FunctionCode? c = function; c is FunctionCode code; c = code.Parent)
        {
            var aliases = code.Aliases;
            for (var i = 0; i < aliases.Count; i++)
            {
                var alias = aliases[i];
                if (alias.Covers(year) || alias.Code != code.Code) continue;
                var old = NameOf(alias.Name);
                // An old name inside today's name (or the reverse) cannot be told apart in the text.
                var current = NameOf(code.Name);
                if (current.Contains(old) || old.Contains(current)) continue;
                (found ??= new List<(FunctionCode, ClassificationAlias, string)>()).Add((code, alias, old));
            }
        }
        return found?.ToArray() ?? System.Array.Empty<(FunctionCode, ClassificationAlias, string)>();
    }

    // Names come from the classification tables, a bounded set: each is normalized once per process.
    private static readonly ConcurrentDictionary<string, string> s_names = new(System.StringComparer.Ordinal);

    private static string NameOf(string name) => s_names.GetOrAdd(name, static n => ClassificationNameIndex.Normalize(n));

    // A method of its own so that the captured variables are allocated only for a finding, not on every figure checked.
    private static System.Func<(string, string)> Describe(FunctionCode code, ClassificationAlias alias, int year) => () => (
        "“" + alias.Name + "”是 " + code.Code + " 的旧名称（" + alias.Years.Substring(0, alias.Years.IndexOf(" (", System.StringComparison.Ordinal)) + "），" + year + " 年度应为“" + code.Name + "”。",
        "'" + alias.Name + "' is an old name of " + code.Code + " (" + alias.Years.Substring(alias.Years.IndexOf(" (", System.StringComparison.Ordinal) + 2).TrimEnd(')') + "); in " + year + " it is '" + code.Name + "'.");
}

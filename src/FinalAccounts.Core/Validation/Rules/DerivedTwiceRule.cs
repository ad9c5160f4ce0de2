using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using static FinalAccounts.Reports.ReportVocabulary;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A figure the report determines more than once — stated, and derived from others: 年初预算 = 决算 − 较年初预算增减 =
/// 决算 ÷ 完成年初预算率 = 增减 ÷ 增减率, 上年决算 = 决算 − 较上年决算增减 = 增减 ÷ 增减率 — has one value: every
/// determination is an interval of what the printed figures allow, and two from different sentences must meet.
/// </summary>
/// <remarks>
/// Determinations inside one sentence are the rate and difference rules' (FA1020–FA1026), two stated figures FA1030's;
/// this rule compares only determinations drawn from different sentences, and reports each quantity once, naming the
/// statements that disagree. With <c>viaAlias</c> it compares 财政拨款收入支出总计 with 一般公共预算财政拨款支出, which are
/// the same quantity only when the report states 政府性基金 and 国有资本经营 财政拨款 as 0 and both totals' 决算 agree; that
/// inference is the report's, not an identity of the template, so it is at most a warning.
/// </remarks>
internal sealed partial class DerivedTwiceRule : IReportRule
{
    private const string AppropriationTotal = "财政拨款收入支出总计";
    private const string GeneralExpenditure = "一般公共预算财政拨款支出";

    private readonly bool _viaAlias;

    public DerivedTwiceRule(RuleDescriptor descriptor, bool viaAlias)
    {
        Descriptor = descriptor;
        _viaAlias = viaAlias;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>How a determination was made; its words are built from this only for a finding's message.</summary>
    private enum Way
    {
        Stated,
        ActualMinusChange,
        ActualOverCompletion,
        ChangeOverRate,
    }

    private sealed class Determination
    {
        public Determination(Interval range, decimal exact, Way way, string concept, bool budget, StatedFigure first, StatedFigure? second, bool viaAlias)
        {
            Range = range;
            Exact = exact;
            _way = way;
            _concept = concept;
            _budget = budget;
            First = first;
            Second = second;
            ViaAlias = viaAlias;
        }

        private readonly Way _way;
        private readonly string _concept;
        private readonly bool _budget;

        public Interval Range { get; }
        public decimal Exact { get; }

        /// <summary>The stated figure, or the first of the two it is derived from.</summary>
        public StatedFigure First { get; }

        /// <summary>The second figure it is derived from; null for a stated one.</summary>
        public StatedFigure? Second { get; }

        /// <summary>The figures it stands on (made for a finding's inputs and message only).</summary>
        public IReadOnlyList<StatedFigure> Figures => Second is null ? new[] { First } : new[] { First, Second };

        public bool Stated => _way == Way.Stated;
        public bool ViaAlias { get; }

        /// <summary>The determination in words, for a finding's message.</summary>
        public string Text
        {
            get
            {
                var change = _budget ? ChangeFromBudget : ChangeFromPrevious;
                var rate = _budget ? ChangeFromBudgetRate : ChangeFromPreviousRate;
                return _way switch
                {
                    Way.Stated => "列示 " + First,
                    Way.ActualMinusChange => "按 " + _concept + " 决算 " + First + " − " + change + " " + Second + " 得 " + RuleContext.Show(Exact) + "万元",
                    Way.ActualOverCompletion => "按 " + _concept + " 决算 " + First + " ÷ 完成年初预算率 " + Second + " 得 " + RuleContext.Show(Exact) + "万元",
                    _ => "按 " + change + " " + First + " ÷ " + rate + " " + Second + " 得 " + RuleContext.Show(Exact) + "万元",
                };
            }
        }

        public string TextEn => _way switch
        {
            Way.Stated => "stated " + First,
            Way.ActualMinusChange => "actual " + First + " − change " + Second,
            Way.ActualOverCompletion => "actual " + First + " / completion " + Second,
            _ => "change " + First + " / rate " + Second,
        };
    }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        bool alias = AliasHolds(report);
        if (_viaAlias && !alias) return;
        // Which quantities have two determinations from different places is the same on every check of the report (it reads
        // which figures are stated where, never their values): found on the first check and kept by the report's index. A
        // check computes and compares their determinations, which the figures' values and AliasHolds decide.
        var quantities = report.Index.Memo(this, static (rule, r) => rule._viaAlias ? rule.ComparableByLookups(r, alias: true) : rule.ComparableByGroups(r));
        CompareAll(context, report, alias, quantities);
    }


    /// <summary>
    /// The rule by one lookup per quantity and basis: FA1111's way (it reads only the alias pair, and runs only where the
    /// alias holds), and the reference <see cref="CheckByGroups"/> must agree with (a property test compares the two on
    /// generated reports).
    /// </summary>
    internal void CheckByLookups(RuleContext context, FinalAccountsReport report, bool alias) => CompareAll(context, report, alias, ComparableByLookups(report, alias));

    /// <summary>FA1110's way (<see cref="ComparableByGroups"/>), without the memo: compared with <see cref="CheckByLookups"/> by a property test.</summary>
    internal void CheckByGroups(RuleContext context, FinalAccountsReport report, bool alias) => CompareAll(context, report, alias, ComparableByGroups(report));

    /// <summary>
    /// The quantities to compare, by one lookup per quantity and basis, in the order <see cref="AddQuantities"/> adds them:
    /// those with two determinations <see cref="AnyComparable"/> would compare (with <paramref name="alias"/>, the alias
    /// pair's determinations sketched too).
    /// </summary>
    private FigureKey[] ComparableByLookups(FinalAccountsReport report, bool alias)
    {
        HashSet<FigureKey>? quantities = null;
        foreach (var basis in s_budgetBases) AddQuantities(report, basis, InitialBudget, _viaAlias, ref quantities);
        foreach (var basis in s_previousBases) AddQuantities(report, basis, PreviousActual, _viaAlias, ref quantities);
        if (quantities == null) return Array.Empty<FigureKey>();
        List<FigureKey>? comparable = null;
        var sketches = new List<Sketch>();
        foreach (var quantity in quantities)
        {
            // The pair is one quantity: checked once, under 一般公共预算财政拨款支出.
            if (_viaAlias && (AliasOf(quantity) == null || quantity.Concept != GeneralExpenditure && quantities.Contains(AliasOf(quantity)!.Value))) continue;
            // Most quantities are determined in one sentence only: nothing to compare, so no interval is computed for them.
            sketches.Clear();
            SketchOf(report, quantity, false, sketches);
            if (alias && AliasOf(quantity) is FigureKey aliased) SketchOf(report, aliased, true, sketches);
            if (AnyComparable(sketches)) (comparable ??= new List<FigureKey>()).Add(quantity);
        }
        return comparable?.ToArray() ?? Array.Empty<FigureKey>();
    }

    /// <summary>
    /// Computes the determinations of each of <paramref name="quantities"/> (the alias pair's too where
    /// <paramref name="alias"/> holds), counts a check for each quantity compared, and records the quantities that disagree
    /// in the order of their names.
    /// </summary>
    private void CompareAll(RuleContext context, FinalAccountsReport report, bool alias, IReadOnlyList<FigureKey> quantities)
    {
        if (quantities.Count == 0) return;
        List<Disagreement>? found = null;
        for (var q = 0; q < quantities.Count; q++)
        {
            var quantity = quantities[q];
            var determinations = new List<Determination>();
            Collect(report, quantity, false, determinations);
            if (alias && AliasOf(quantity) is FigureKey other) Collect(report, other, true, determinations);
            if (Compare(context, quantity, determinations) is { } disagreement) (found ??= new List<Disagreement>()).Add(disagreement);
        }
        if (found == null) return;
        // Findings in the order of the quantities' names, so that the order of findings is the same from run to run; only
        // the few quantities that disagree are named, not every quantity checked.
        foreach (var d in found.OrderBy(d => d.Quantity.ToString(), System.StringComparer.Ordinal))
        {
            context.Record(d.Stated, d.Result, d.Inputs, () => Describe(d.Quantity, d.First, d.Second, d.All));
        }
    }

    // The bases a quantity's figures are stated on, as slots of a group: a 年初预算 is determined from slots 0–3 and 7, a
    // 上年决算 from slots 4–6 and 7. Slots 0–6 are the bases AddQuantities reads, in its order.
    private static readonly string[] s_slots =
    {
        InitialBudget, ChangeFromBudget, ChangeFromBudgetRate, InitialBudgetCompletion, PreviousActual, ChangeFromPrevious, ChangeFromPreviousRate, Actual,
    };

    private const int SlotCount = 8;
    private const int ActualSlot = 7;

    /// <summary>
    /// FA1110's quantities to compare without a lookup per quantity and basis: the figures of the eight bases are grouped
    /// once by what they are a figure of (concept, scope, 功能分类 path, item: a key without its basis), so a quantity's
    /// stated figures, 决算, 增减, 增减率 and 完成率 are its group's slots — exactly the lists <c>report.Find</c> gives for
    /// those keys, in the same (printed) order, since <see cref="FigureIndex.WithBasis"/> lists every figure of a basis in
    /// that order. The quantities are visited in the order <see cref="AddQuantities"/> adds them (each at its first figure),
    /// their sketches made as <see cref="SketchOf(FinalAccountsReport, FigureKey, bool, List{Sketch})"/> makes them, so the
    /// quantities found (and so the checks counted and the disagreements found) are the same. FA1110 ignores the
    /// determinations via the alias in <see cref="AnyComparable"/> (every pair with one is FA1111's), so they are not
    /// sketched here.
    /// </summary>
    private FigureKey[] ComparableByGroups(FinalAccountsReport report)
    {
        var index = report.Index;
        var count = 0;
        for (var slot = 0; slot < ActualSlot; slot++) count += index.WithBasis(s_slots[slot]).Count;
        if (count == 0) return Array.Empty<FigureKey>();
        // The groups' arrays are the thread's, reused from report to report, and emptied of figures when done so that they
        // keep no report alive.
        var groups = s_groups ??= new FigureGroups();
        groups.Reset(count, index.WithBasis(Actual).Count);
        try
        {
            for (var slot = 0; slot < SlotCount; slot++) groups.Add(index.WithBasis(s_slots[slot]), slot, create: slot != ActualSlot);
            groups.Seal();
            List<FigureKey>? comparable = null;
            var entry = 0;
            for (var slot = 0; slot < ActualSlot; slot++)
            {
                var list = index.WithBasis(s_slots[slot]);
                var budget = slot < PreviousActualSlot;
                for (var i = 0; i < list.Count; i++, entry++)
                {
                    var f = list[i];
                    if (!f.IsMoney && !f.IsPercentage) continue;
                    var group = groups.GroupOfEntry(entry);
                    if (!groups.FirstVisit(group, budget)) continue;
                    var sketches = groups.Sketches;
                    sketches.Clear();
                    SketchOf(groups, group, budget, sketches);
                    if (AnyComparable(sketches)) (comparable ??= new List<FigureKey>()).Add(f.Key.WithBasis(budget ? InitialBudget : PreviousActual));
                }
            }
            return comparable?.ToArray() ?? Array.Empty<FigureKey>();
        }
        finally
        {
            groups.Release();
        }
    }

    [System.ThreadStatic]
    private static FigureGroups? s_groups;

    private const int PreviousActualSlot = 4;

    /// <summary><see cref="SketchOf(FinalAccountsReport, FigureKey, bool, List{Sketch})"/> over a group's slots.</summary>
    private static void SketchOf(FigureGroups groups, int group, bool budget, List<Sketch> into)
    {
        var stated = groups.Slot(group, budget ? 0 : PreviousActualSlot);
        for (var i = 0; i < stated.Count; i++)
        {
            var figure = stated.Array![stated.Offset + i]!;
            if (figure.IsMoney) into.Add(new Sketch(figure, null, false));
        }
        var actuals = groups.Slot(group, ActualSlot);
        var changes = groups.Slot(group, budget ? 1 : 5);
        Pairs(actuals, changes, percentage: false, into);
        if (budget) Pairs(actuals, groups.Slot(group, 3), percentage: true, into);
        Pairs(changes, groups.Slot(group, budget ? 2 : 6), percentage: true, into);
    }

    private static void Pairs(ArraySegment<StatedFigure?> firsts, ArraySegment<StatedFigure?> seconds, bool percentage, List<Sketch> into)
    {
        if (seconds.Count == 0) return;
        for (var i = 0; i < firsts.Count; i++)
        {
            var first = firsts.Array![firsts.Offset + i]!;
            if (!first.IsMoney) continue;
            for (var j = 0; j < seconds.Count; j++)
            {
                var second = seconds.Array![seconds.Offset + j]!;
                if (percentage ? second.IsPercentage : second.IsMoney) into.Add(new Sketch(first, second, false));
            }
        }
    }

    /// <summary>
    /// Figures grouped by key without basis, each group's figures by slot in the order they were added. Groups are found
    /// through an open-addressed table on a cheap hash of the key's parts (lengths and end characters; a collision costs a
    /// string comparison, never a wrong group: equality is FigureKey's, ordinal on every part but the basis).
    /// </summary>
    private sealed class FigureGroups
    {
        private int[] _table = new int[64];
        private StatedFigure?[] _first = new StatedFigure?[32];
        private int[] _cellOf = new int[64];
        private StatedFigure?[] _figures = new StatedFigure?[64];
        private StatedFigure?[] _sorted = new StatedFigure?[64];
        private int[] _start = new int[(32 * SlotCount) + 1];
        private int[] _next = new int[(32 * SlotCount) + 1];
        private bool[] _visited = new bool[64];
        private int _mask;
        private int _entries;

        public int Count { get; private set; }

        /// <summary>The sketches of the quantity being looked at (cleared by the caller).</summary>
        public List<Sketch> Sketches { get; } = new();

        /// <summary>Makes room for <paramref name="created"/> figures that may start groups and <paramref name="others"/> that may join them.</summary>
        public void Reset(int created, int others)
        {
            var size = 16;
            while (size < created * 2) size *= 2;
            if (_table.Length < size) _table = new int[size];
            else Array.Clear(_table, 0, size);
            if (_first.Length < created) _first = new StatedFigure?[created];
            if (_cellOf.Length < created + others)
            {
                _cellOf = new int[created + others];
                _figures = new StatedFigure?[created + others];
                _sorted = new StatedFigure?[created + others];
            }
            _mask = size - 1;
            _entries = 0;
            Count = 0;
        }

        /// <summary>Adds a list's figures to their groups (a figure of no group is dropped unless <paramref name="create"/>).</summary>
        public void Add(IReadOnlyList<StatedFigure> list, int slot, bool create)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var f = list[i];
                var key = f.Key;
                var at = Hash(key) & _mask;
                var group = -1;
                while (_table[at] != 0)
                {
                    var candidate = _table[at] - 1;
                    if (SameButBasis(_first[candidate]!.Key, key))
                    {
                        group = candidate;
                        break;
                    }
                    at = (at + 1) & _mask;
                }
                if (group < 0)
                {
                    if (!create) continue;
                    group = Count++;
                    _first[group] = f;
                    _table[at] = group + 1;
                }
                _cellOf[_entries] = (group * SlotCount) + slot;
                _figures[_entries++] = f;
            }
        }

        /// <summary>The group of the figure added <paramref name="entry"/>-th (the figures that may start groups come first).</summary>
        public int GroupOfEntry(int entry) => _cellOf[entry] / SlotCount;

        /// <summary>Sorts the figures by group and slot, keeping the order they were added in within each.</summary>
        public void Seal()
        {
            var cells = Count * SlotCount;
            if (_start.Length < cells + 1)
            {
                _start = new int[cells + 1];
                _next = new int[cells + 1];
            }
            Array.Clear(_start, 0, cells + 1);
            for (var e = 0; e < _entries; e++) _start[_cellOf[e] + 1]++;
            for (var k = 1; k <= cells; k++) _start[k] += _start[k - 1];
            Array.Copy(_start, _next, cells + 1);
            for (var e = 0; e < _entries; e++) _sorted[_next[_cellOf[e]]++] = _figures[e];
            if (_visited.Length < Count * 2) _visited = new bool[Count * 2];
            else Array.Clear(_visited, 0, Count * 2);
        }

        /// <summary>True the first time a group's 年初预算 (<paramref name="budget"/>) or 上年决算 is asked for.</summary>
        public bool FirstVisit(int group, bool budget)
        {
            var k = (group * 2) + (budget ? 0 : 1);
            if (_visited[k]) return false;
            _visited[k] = true;
            return true;
        }

        public ArraySegment<StatedFigure?> Slot(int group, int slot)
        {
            var k = (group * SlotCount) + slot;
            return new ArraySegment<StatedFigure?>(_sorted, _start[k], _start[k + 1] - _start[k]);
        }

        /// <summary>Lets go of the report's figures.</summary>
        public void Release()
        {
            Array.Clear(_first, 0, Count);
            Array.Clear(_figures, 0, _entries);
            Array.Clear(_sorted, 0, _entries);
            Sketches.Clear();
        }

        private static int Hash(FigureKey key)
        {
            unchecked
            {
                var h = Ends(key.Concept);
                h = (h * 31) + Ends(key.Scope);
                h = (h * 31) + Ends(key.FunctionPath);
                h = (h * 31) + Ends(key.Item);
                return h & int.MaxValue;
            }
        }

        private static int Ends(string s) => s.Length == 0 ? 0 : unchecked((s.Length * 65599) + (s[0] * 31) + s[s.Length - 1]);

        private static bool SameButBasis(FigureKey a, FigureKey b)
            => string.Equals(a.Concept, b.Concept, StringComparison.Ordinal)
            && string.Equals(a.Scope, b.Scope, StringComparison.Ordinal)
            && string.Equals(a.FunctionPath, b.FunctionPath, StringComparison.Ordinal)
            && string.Equals(a.Item, b.Item, StringComparison.Ordinal);
    }

    /// <summary>A quantity whose determinations disagree, recorded once every quantity has been compared.</summary>
    private sealed class Disagreement
    {
        public Disagreement(FigureKey quantity, Determination first, Determination second, List<Determination> all)
        {
            Quantity = quantity;
            First = first;
            Second = second;
            All = all;
            Stated = first.First;
            Inputs = first.Figures.Concat(second.Figures).Distinct().ToList();
            Result = new CheckResult(CheckOutcome.Inconsistent, second.Exact, second.Range, first.Exact - second.Exact);
        }

        public FigureKey Quantity { get; }
        public Determination First { get; }
        public Determination Second { get; }
        public List<Determination> All { get; }
        public StatedFigure Stated { get; }
        public List<StatedFigure> Inputs { get; }
        public CheckResult Result { get; }
    }

    // The bases from which a 年初预算 or a 上年决算 can be determined.
    private static readonly string[] s_budgetBases = { InitialBudget, ChangeFromBudget, ChangeFromBudgetRate, InitialBudgetCompletion };
    private static readonly string[] s_previousBases = { PreviousActual, ChangeFromPrevious, ChangeFromPreviousRate };

    // With viaAlias only the pair's keys are kept (the others are skipped anyway); the set keeps the order of first addition.
    private static void AddQuantities(FinalAccountsReport report, string basis, string quantityBasis, bool aliasOnly, ref HashSet<FigureKey>? into)
    {
        var fList = report.Index.WithBasis(basis);
        for (var fIndex = 0; fIndex < fList.Count; fIndex++)
        {
            var f = fList[fIndex];
            if (!f.IsMoney && !f.IsPercentage) continue;
            if (aliasOnly && !MayBeAliased(f.Key)) continue;
            (into ??= new HashSet<FigureKey>()).Add(f.Key.WithBasis(quantityBasis));
        }
    }

    private static bool MayBeAliased(FigureKey key)
        => key.Scope.Length == 0 && key.FunctionPath.Length == 0 && key.Item.Length == 0 && (key.Concept == AppropriationTotal || key.Concept == GeneralExpenditure);

    /// <summary>A determination before its interval is computed: which figures it stands on, for <see cref="AnyComparable"/>.</summary>
    private readonly struct Sketch
    {
        public Sketch(StatedFigure first, StatedFigure? second, bool viaAlias)
        {
            First = first;
            Second = second;
            ViaAlias = viaAlias;
        }

        public StatedFigure First { get; }
        public StatedFigure? Second { get; }
        public bool Stated => Second is null;
        public bool ViaAlias { get; }
    }

    /// <summary>
    /// Every determination <see cref="Collect"/> could make of <paramref name="quantity"/> (a superset: a rate of 0 or a
    /// divisor interval reaching 0 is kept here and dropped there), without arithmetic.
    /// </summary>
    private static void SketchOf(FinalAccountsReport report, FigureKey quantity, bool viaAlias, List<Sketch> into)
    {
        bool budget = quantity.Basis == InitialBudget;
        var statedList = report.Find(quantity);
        for (var i = 0; i < statedList.Count; i++)
        {
            if (statedList[i].IsMoney) into.Add(new Sketch(statedList[i], null, viaAlias));
        }
        var actuals = report.Find(quantity.WithBasis(Actual));
        var changes = report.Find(quantity.WithBasis(budget ? ChangeFromBudget : ChangeFromPrevious));
        Pairs(actuals, changes, percentage: false, viaAlias, into);
        if (budget) Pairs(actuals, report.Find(quantity.WithBasis(InitialBudgetCompletion)), percentage: true, viaAlias, into);
        Pairs(changes, report.Find(quantity.WithBasis(budget ? ChangeFromBudgetRate : ChangeFromPreviousRate)), percentage: true, viaAlias, into);
    }

    private static void Pairs(IReadOnlyList<StatedFigure> firsts, IReadOnlyList<StatedFigure> seconds, bool percentage, bool viaAlias, List<Sketch> into)
    {
        if (seconds.Count == 0) return;
        for (var i = 0; i < firsts.Count; i++)
        {
            if (!firsts[i].IsMoney) continue;
            for (var j = 0; j < seconds.Count; j++)
            {
                if (percentage ? seconds[j].IsPercentage : seconds[j].IsMoney) into.Add(new Sketch(firsts[i], seconds[j], viaAlias));
            }
        }
    }

    /// <summary>Whether <see cref="Compare"/> would compare any two of the determinations (the same tests, without their intervals).</summary>
    private bool AnyComparable(List<Sketch> all)
    {
        for (int i = 0; i < all.Count; i++)
        {
            for (int j = i + 1; j < all.Count; j++)
            {
                var a = all[i];
                var b = all[j];
                if (a.Stated && b.Stated && !a.ViaAlias && !b.ViaAlias) continue;
                if (a.ViaAlias == b.ViaAlias && _viaAlias) continue;
                if (!_viaAlias && (a.ViaAlias || b.ViaAlias)) continue;
                if (Same(a.First, b.First) || Same(a.First, b.Second) || Same(a.Second, b.First) || Same(a.Second, b.Second)) continue;
                return true;
            }
        }
        return false;

        static bool Same(StatedFigure? x, StatedFigure? y) => x != null && y != null && x.Location.StatementId == y.Location.StatementId;
    }

    /// <summary>Compares a quantity's determinations: a passed check is counted at once, a disagreement returned.</summary>
    private Disagreement? Compare(RuleContext context, FigureKey quantity, List<Determination> all)
    {
        Determination? left = null, right = null;
        decimal widest = -1m;
        bool compared = false;
        for (int i = 0; i < all.Count; i++)
        {
            for (int j = i + 1; j < all.Count; j++)
            {
                var a = all[i];
                var b = all[j];
                if (a.Stated && b.Stated && !a.ViaAlias && !b.ViaAlias) continue;            // FA1030's
                if (a.ViaAlias == b.ViaAlias && _viaAlias) continue;                          // FA1110's
                if (!_viaAlias && (a.ViaAlias || b.ViaAlias)) continue;                        // FA1111's
                if (ShareAStatement(a, b)) continue;
                compared = true;
                if (a.Range.Intersects(b.Range)) continue;
                decimal gap = a.Range.Min > b.Range.Max ? a.Range.Min - b.Range.Max : b.Range.Min - a.Range.Max;
                if (gap > widest)
                {
                    widest = gap;
                    left = a;
                    right = b;
                }
            }
        }
        if (!compared) return null;
        if (left == null || right == null)
        {
            var any = all[0];
            context.Record(any.First, new CheckResult(CheckOutcome.Consistent, any.Exact, any.Range, 0m), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
            return null;
        }
        // Located at a stated figure of the quantity when there is one, else at the first figure of the first determination.
        var (first, second) = right.Stated && !left.Stated ? (right, left) : (left, right);
        return new Disagreement(quantity, first, second, new List<Determination>(all));
    }

    private static bool ShareAStatement(Determination a, Determination b)
    {
        return Same(a.First, b.First) || Same(a.First, b.Second) || Same(a.Second, b.First) || Same(a.Second, b.Second);

        static bool Same(StatedFigure? x, StatedFigure? y) => x != null && y != null && x.Location.StatementId == y.Location.StatementId;
    }

    private static (string, string) Describe(FigureKey quantity, Determination a, Determination b, List<Determination> all)
    {
        string Where(Determination d) => string.Join("、", d.Figures.Select(f => f.Location.ToString()).Distinct());
        string Range(Interval r) => "[" + RuleContext.Show(r.Min) + ", " + RuleContext.Show(r.Max) + "]";
        decimal gap = a.Range.Min > b.Range.Max ? a.Range.Min - b.Range.Max : b.Range.Min - a.Range.Max;
        var others = all.Where(d => !ReferenceEquals(d, a) && !ReferenceEquals(d, b)).Select(d => d.Text + "（" + Where(d) + "）").ToList();
        var message = quantity + " 在报告中得出两个不同的值：" + a.Text + "（" + Where(a) + "，允许 " + Range(a.Range) + "）；"
            + b.Text + "（" + Where(b) + "，允许 " + Range(b.Range) + "）。两者相差 " + RuleContext.Show(a.Exact - b.Exact) + "万元（舍入后至少 " + RuleContext.Show(gap) + "万元），舍入无法解释"
            + (a.ViaAlias || b.ViaAlias ? "（报告称无政府性基金、国有资本经营预算财政拨款，且两项决算一致，故财政拨款收入支出总计与一般公共预算财政拨款支出应为同一数）" : string.Empty)
            + "。" + (others.Count > 0 ? "其他得出：" + string.Join("；", others) + "。" : string.Empty);
        var messageEn = quantity.Concept + " (" + quantity.Basis + ") is determined twice with different values: " + a.TextEn + " allows " + Range(a.Range)
            + ", " + b.TextEn + " allows " + Range(b.Range) + "; at least " + RuleContext.Show(gap) + " apart, more than rounding explains.";
        return (message, messageEn);
    }

    private static void Collect(FinalAccountsReport report, FigureKey quantity, bool viaAlias, List<Determination> into)
    {
        bool budget = quantity.Basis == InitialBudget;
        string name = quantity.Concept;
        var statedList = report.Find(quantity);
        for (var sIndex = 0; sIndex < statedList.Count; sIndex++)
        {
            var s = statedList[sIndex];
            if (!s.IsMoney) continue;
            var a = Wan(s);
            into.Add(new Determination(a.Interval, a.Value, Way.Stated, name, budget, s, null, viaAlias));
        }
        var actuals = report.Find(quantity.WithBasis(Actual));
        var changes = report.Find(quantity.WithBasis(budget ? ChangeFromBudget : ChangeFromPrevious));
        for (var aIndex = 0; aIndex < actuals.Count; aIndex++)
        {
            var a = actuals[aIndex];
            if (!a.IsMoney) continue;
            for (var cIndex = 0; cIndex < changes.Count; cIndex++)
            {
                var c = changes[cIndex];
                if (!c.IsMoney) continue;
                var x = Wan(a);
                var d = Wan(c);
                into.Add(new Determination(x.Interval - d.Interval, x.Value - d.Value, Way.ActualMinusChange, name, budget, a, c, viaAlias));
            }
        }
        if (budget)
        {
            var completions = report.Find(quantity.WithBasis(InitialBudgetCompletion));
            for (var aIndex = 0; aIndex < actuals.Count; aIndex++)
            {
                var a = actuals[aIndex];
                if (!a.IsMoney) continue;
                for (var rIndex = 0; rIndex < completions.Count; rIndex++)
                {
                    var r = completions[rIndex];
                    if (!r.IsPercentage || r.Percentage.Value == 0m) continue;
                    var x = Wan(a);
                    if (!x.Interval.TryDivide(r.Percentage.Interval * 0.01m, out var range)) continue;
                    decimal exact = x.Value / r.Percentage.Value * 100m;
                    into.Add(new Determination(range, exact, Way.ActualOverCompletion, name, budget, a, r, viaAlias));
                }
            }
        }
        var rates = report.Find(quantity.WithBasis(budget ? ChangeFromBudgetRate : ChangeFromPreviousRate));
        for (var cIndex = 0; cIndex < changes.Count; cIndex++)
        {
            var c = changes[cIndex];
            if (!c.IsMoney) continue;
            for (var rIndex = 0; rIndex < rates.Count; rIndex++)
            {
                var r = rates[rIndex];
                if (!r.IsPercentage || r.Percentage.Value == 0m) continue;
                var d = Wan(c);
                if (!d.Interval.TryDivide(r.Percentage.Interval * 0.01m, out var range)) continue;
                decimal exact = d.Value / r.Percentage.Value * 100m;
                into.Add(new Determination(range, exact, Way.ChangeOverRate, name, budget, c, r, viaAlias));
            }
        }
    }

    private static Amount Wan(StatedFigure f) => RuleContext.AmountOf(f).ConvertTo(CurrencyUnit.WanYuan);

    private static FigureKey? AliasOf(FigureKey key)
    {
        if (key.Scope.Length > 0 || key.FunctionPath.Length > 0 || key.Item.Length > 0) return null;
        return key.Concept == AppropriationTotal ? new FigureKey(GeneralExpenditure, key.Basis)
            : key.Concept == GeneralExpenditure ? new FigureKey(AppropriationTotal, key.Basis)
            : null;
    }

    /// <summary>
    /// 财政拨款收入支出总计 and 一般公共预算财政拨款支出 are one quantity when the report states 政府性基金 and 国有资本经营
    /// 财政拨款 as 0 and the two 决算 figures agree (no 财政拨款 carried over or left at year end).
    /// </summary>
    internal static bool AliasHolds(FinalAccountsReport report)
    {
        if (!StatedZero(report, "政府性基金预算财政拨款支出") && !StatedZero(report, "政府性基金预算财政拨款收入")) return false;
        if (!StatedZero(report, "国有资本经营预算财政拨款支出") && !StatedZero(report, "国有资本经营预算财政拨款收入")) return false;
        var totals = report.Find(new FigureKey(AppropriationTotal, Actual));
        var general = report.Find(new FigureKey(GeneralExpenditure, Actual));
        bool anyTotal = false, anyGeneral = false;
        for (var tIndex = 0; tIndex < totals.Count; tIndex++)
        {
            var t = totals[tIndex];
            if (!t.IsMoney) continue;
            anyTotal = true;
            for (var gIndex = 0; gIndex < general.Count; gIndex++)
            {
                var g = general[gIndex];
                if (!g.IsMoney) continue;
                anyGeneral = true;
                if (!Wan(t).Interval.Intersects(Wan(g).Interval)) return false;
            }
        }
        if (!anyGeneral)
        {
            for (var gIndex = 0; gIndex < general.Count; gIndex++) anyGeneral |= general[gIndex].IsMoney;
        }
        return anyTotal && anyGeneral;
    }

    private static bool StatedZero(FinalAccountsReport report, string concept)
    {
        var fList = report.Find(new FigureKey(concept, Actual));
        for (var fIndex = 0; fIndex < fList.Count; fIndex++)
        {
            var f = fList[fIndex];
            if (f.IsMoney && f.Amount.Value == 0m) return true;
        }
        return false;
    }
}

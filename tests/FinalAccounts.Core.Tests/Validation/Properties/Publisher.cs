using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Money;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// Prints exact accounts as a publisher does: amounts in the report's unit at 2 decimals (元 figures are exact to the 分),
/// percentages at 2, 1 or 0 decimals, narratives sometimes dropping trailing zeros ("180.9", "174"), zero cells of the
/// 总表 sometimes left blank. Style choices come from <see cref="Spec.Style"/> and do not depend on the unit, so the 元 and
/// 万元 publications of one spec have the same figures at the same places.
internal sealed class Publisher
{
    private const string Actual = "决算";
    private const string InitialBudget = "年初预算";
    private const string FullYearBudget = "全年预算";
    private const string PreviousActual = "上年决算";
    private const string ChangeFromPrevious = "较上年决算增减";
    private const string ChangeFromPreviousRate = "较上年决算增减率";
    private const string ChangeFromBudget = "较年初预算增减";
    private const string ChangeFromBudgetRate = "较年初预算增减率";
    private const string GeneralExpenditure = "一般公共预算财政拨款支出";
    private const string Appropriation = "财政拨款";

    private static readonly string[] Headlines =
    {
        "收入总计", "本年收入合计", "使用非财政拨款结余", "年初结转和结余", "支出总计", "本年支出合计", "结余分配", "年末结转和结余",
    };

    private readonly ExactAccounts _a;
    private readonly CurrencyUnit _unit;
    private readonly MidpointRounding _mode;
    private readonly Random _style;
    private readonly bool _trim;
    private readonly PrintPrecision _precision;
    private int _narrativeDecimals;

    private Publisher(ExactAccounts accounts, CurrencyUnit unit, MidpointRounding mode, bool trim, PrintPrecision precision)
    {
        _precision = precision;
        _narrativeDecimals = precision.Narrative;
        _trim = trim;
        _a = accounts;
        _unit = unit;
        _mode = mode;
        _style = new Random(accounts.Spec.Style);
    }

    private string UnitText => _unit == CurrencyUnit.WanYuan ? "万元" : "元";

    public static PublishedReport Publish(Spec spec) => Publish(spec, spec.Unit);

    /// <paramref name="trimNarrative"/> false prints every amount with its 2 decimals, so copies of a figure print the same
    /// text in either unit (whether "1234.50" can be cut to "1234.5" depends on the digits, which differ between units).
    public static PublishedReport Publish(Spec spec, CurrencyUnit unit, bool trimNarrative = true) =>
        new Publisher(new ExactAccounts(spec), unit, spec.Mode, trimNarrative, PrintPrecision.Standard).Build();

    /// Publishes with amounts rounded as <paramref name="precision"/> says (whole 万元, one decimal, a 三公 section in whole 万元 …).
    public static PublishedReport Publish(Spec spec, PrintPrecision precision) =>
        new Publisher(new ExactAccounts(spec), spec.Unit, spec.Mode, trim: true, precision).Build();

    /// The printed amount: 万元 rounded to 2 decimals, or 元 exact to the 分.
    public static decimal Printed(long cents, CurrencyUnit unit, MidpointRounding mode) => Printed(cents, unit, mode, 2);

    /// The printed amount at <paramref name="decimals"/> places of the unit.
    public static decimal Printed(long cents, CurrencyUnit unit, MidpointRounding mode, int decimals) =>
        decimal.Round(unit == CurrencyUnit.WanYuan ? cents / (decimal)ExactAccounts.Wan : cents / 100m, decimals, mode);

    private string Money(long cents, bool narrative)
    {
        bool trim = _style.Next(3) == 0;
        int decimals = narrative ? _narrativeDecimals : _precision.Tables;
        string text = PublishedReport.Format(Printed(cents, _unit, _mode, decimals), decimals);
        if (_trim && (narrative || _precision.TrimTables) && trim && text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return text;
    }

    private string Percent(decimal exact, bool table)
    {
        int roll = _style.Next(10);
        int decimals = table || roll < 6 ? 2 : roll < 8 ? 1 : 0;
        return PublishedReport.Format(decimal.Round(exact, decimals, _mode), decimals);
    }

    private static decimal Ratio(long numerator, long denominator) => 100m * numerator / denominator;

    /// A rate is printed only over a base of at least 1 万元, as reports print "—" over nothing.
    private static bool HasBase(long cents) => Math.Abs(cents) >= ExactAccounts.Wan;

    private PubFigure M(string concept, string basis, long cents, bool narrative = true, string scope = "", string path = "", string item = "") =>
        new() { Concept = concept, Basis = basis, Scope = scope, FunctionPath = path, Item = item, Value = Money(cents, narrative), Unit = UnitText };

    private PubFigure P(string concept, string basis, decimal exact, bool table = false, string scope = "", string path = "", (string, string)? of = null) =>
        new() { Concept = concept, Basis = basis, Scope = scope, FunctionPath = path, Value = Percent(exact, table), Unit = "%", Of = of };

    private static PubPart Part(PubFigure f) => new() { Figure = f };

    private PublishedReport Build()
    {
        var tables = new List<PubTable> { SummaryTable(), AppropriationTable(), FunctionTable(), EconomicTable() };
        tables.AddRange(OtherTables());
        var statements = new List<PubStatement>();
        Overview(statements);
        IncomeAndSpending(statements);
        FunctionLines(statements);
        ThreePublic(statements);
        NoStateCapital(statements);
        Procurement(statements);
        Counts(statements);
        // The template's 主要原因 after every change (issue 13, point 5: FA1170 asks for it).
        foreach (var s in statements.Where(NeedsReason)) s.Extra += Reason;
        return new PublishedReport(_unit, tables, statements);
    }

    /// The reason a publisher gives for a change; <see cref="NeedsReason"/> says where.
    public const string Reason = "主要原因：工作任务调整。";

    /// A statement with a change against last year or the budget, or a 决算 beside its 年初预算 or (三公) 全年预算.
    public static bool NeedsReason(PubStatement s) =>
        s.Figures.Any(f => f.Basis is ChangeFromPrevious or ChangeFromBudget or "较上年决算增减率" or "较年初预算增减率")
        || (s.Figures.Any(f => f.Basis is InitialBudget or FullYearBudget) && s.Figures.Any(f => f.Basis == Actual));

    private PubTable SummaryTable()
    {
        var cur = _a.Current;
        bool useDefaults = _style.Next(2) == 0;
        var table = new PubTable { Id = "财决01", Title = "收入支出决算总表", Unit = UnitText };
        if (useDefaults) table.Defaults["basis"] = Actual;
        void Cell(string row, string concept, long cents, bool optional)
        {
            bool blank = _style.Next(2) == 0;
            var cell = M(concept, Actual, cents, narrative: false);
            if (optional && cents == 0 && blank) return;
            cell.Row = row;
            cell.Column = "决算数";
            table.Cells.Add(cell);
        }
        for (int i = 0; i < ExactAccounts.SourceNames.Length; i++)
        {
            if (_a.Spec.Present[i]) Cell("一、" + ExactAccounts.SourceNames[i], ExactAccounts.SourceNames[i], cur.Sources[i], optional: i > 0);
        }
        Cell("本年收入合计", "本年收入合计", cur.Income, false);
        Cell("使用非财政拨款结余", "使用非财政拨款结余", cur.Unused, true);
        Cell("年初结转和结余", "年初结转和结余", cur.Opening, true);
        Cell("总计", "收入总计", cur.TotalIn, false);
        Cell("基本支出", "基本支出", cur.Basic, false);
        Cell("项目支出", "项目支出", cur.Project, false);
        Cell("本年支出合计", "本年支出合计", cur.Spend, false);
        Cell("结余分配", "结余分配", cur.Distribution, true);
        Cell("年末结转和结余", "年末结转和结余", cur.Closing, true);
        Cell("总计", "支出总计", cur.TotalOut, false);
        return table;
    }

    private PubTable AppropriationTable()
    {
        var table = new PubTable { Id = "财决02", Title = "财政拨款收入支出决算总表", Unit = UnitText };
        void Cell(string row, string concept, long cents)
        {
            var cell = M(concept, Actual, cents, narrative: false);
            cell.Row = row;
            cell.Column = "决算数";
            table.Cells.Add(cell);
        }
        Cell("总计", "财政拨款收入支出总计", _a.AppropriationTotal);
        Cell("一般公共预算财政拨款", GeneralExpenditure, _a.GeneralActual);
        if (_a.FundExpenditure != 0) Cell("政府性基金预算财政拨款", "政府性基金预算财政拨款支出", _a.FundExpenditure);
        return table;
    }

    /// The rest of the template's nine (issue 13, point 7): 收入决算表 and 支出决算表 with their totals, the 三公 table's 决算
    /// column, 政府性基金 with its total (or published empty with the template's statement when there is none), and
    /// 国有资本经营 published empty with its statement.
    private IEnumerable<PubTable> OtherTables()
    {
        PubTable Table(string id, string title, params (string Row, string Concept, long Cents, string Scope)[] cells)
        {
            var table = new PubTable { Id = id, Title = title, Unit = UnitText };
            foreach (var (row, concept, cents, scope) in cells)
            {
                var cell = M(concept, Actual, cents, narrative: false, scope: scope);
                cell.Row = row;
                cell.Column = "决算数";
                table.Cells.Add(cell);
            }
            return table;
        }
        yield return Table("财决05", "收入决算表", ("合计", "本年收入合计", _a.Current.Income, ""));
        yield return Table("财决06", "支出决算表", ("合计", "本年支出合计", _a.Current.Spend, ""));
        long[] a = _a.ThreePublicActuals;
        yield return Table("财决07", "财政拨款“三公”经费支出决算表",
            ("合计", "三公经费", a.Sum(), Appropriation), ("因公出国（境）费", "因公出国（境）费", a[0], Appropriation),
            ("小计", "公务用车购置及运行维护费", a[1] + a[2], Appropriation), ("公务用车购置费", "公务用车购置费", a[1], Appropriation),
            ("公务用车运行维护费", "公务用车运行维护费", a[2], Appropriation), ("公务接待费", "公务接待费", a[3] + a[4], Appropriation));
        long fundIncome = _a.Spec.Present[1] ? _a.Current.Sources[1] : 0;
        // Only the nonzero ones, each also stated in 表1 or 表4, so a moved one is always caught (FA1030).
        var fundCells = new[] { ("合计", "政府性基金预算财政拨款收入", fundIncome, ""), ("合计", "政府性基金预算财政拨款支出", _a.FundExpenditure, "") }.Where(c => c.Item3 != 0).ToArray();
        var fund = fundCells.Length > 0
            ? Table("财决08", "政府性基金预算财政拨款收入支出决算表", fundCells)
            : new PubTable { Id = "财决08", Title = "政府性基金预算财政拨款收入支出决算表", Unit = UnitText, EmptyNote = "注：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。" };
        yield return fund;
        yield return new PubTable { Id = "财决09", Title = "国有资本经营预算财政拨款收入支出决算表", Unit = UnitText, EmptyNote = "注：本单位本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。" };
    }

    /// 基本支出决算表 by 经济分类: 301 = 30101 + 30102 (人员经费), 302 = 30201 + 30202 (公用经费), split two to one.
    private PubTable EconomicTable()
    {
        var table = new PubTable { Id = "财决04", Title = "一般公共预算财政拨款基本支出决算表", Unit = UnitText };
        table.Defaults["basis"] = Actual;
        table.Defaults["scope"] = "一般公共预算财政拨款基本支出";
        void Row(string code, string name, long cents)
        {
            var cell = M(name, Actual, cents, narrative: false, scope: "一般公共预算财政拨款基本支出");
            cell.Code = code;
            cell.Row = code + " " + name;
            cell.Column = "决算数";
            table.Cells.Add(cell);
        }
        var cur = _a.Current;
        var salary = cur.Personnel * 2 / 3;
        var office = cur.Public * 2 / 3;
        Row("301", "工资福利支出", cur.Personnel);
        Row("30101", "基本工资", salary);
        Row("30102", "津贴补贴", cur.Personnel - salary);
        Row("302", "商品和服务支出", cur.Public);
        Row("30201", "办公费", office);
        Row("30202", "印刷费", cur.Public - office);
        return table;
    }

    private PubTable FunctionTable()
    {
        var table = new PubTable { Id = "财决03", Title = "一般公共预算财政拨款支出决算表", Unit = UnitText };
        table.Defaults["concept"] = GeneralExpenditure;
        void Row(string row, string path, string code, long budget, long actual)
        {
            bool printCode = _style.Next(2) == 0;
            var b = M(GeneralExpenditure, InitialBudget, budget, narrative: false, path: path);
            var a = M(GeneralExpenditure, Actual, actual, narrative: false, path: path);
            b.Row = a.Row = row;
            b.Column = "年初预算数";
            a.Column = "决算数";
            if (printCode) b.Code = a.Code = code;
            table.Cells.Add(b);
            table.Cells.Add(a);
            if (HasBase(budget))
            {
                var rate = P(GeneralExpenditure, "完成年初预算率", Ratio(actual, budget), table: true, path: path);
                rate.Row = row;
                rate.Column = "完成年初预算率";
                if (printCode) rate.Code = code;
                table.Cells.Add(rate);
            }
        }
        Row("合计", "", "", _a.GeneralBudget, _a.GeneralActual);
        foreach (var (code, budget, actual) in _a.Tree) Row(code.Code + " " + code.Name, ExactAccounts.NamePath(code), code.Code, budget, actual);
        return table;
    }

    /// 一、收入支出决算总体情况说明: totals with 上年 changes, 包括 by reference, 变动原因 一是…二是.
    private void Overview(List<PubStatement> statements)
    {
        var cur = _a.Current;
        var prev = _a.Previous;
        const string section = "一、收入支出决算总体情况说明";
        int n = 1;
        string NextId() => "2.1-" + n++;

        var both = new PubStatement { Id = NextId(), Section = section };
        statements.Add(both);
        foreach (var c in new[] { "收入总计", "支出总计" }) both.Figures.AddRange(Changes(c, cur.Of(c), prev.Of(c), forcePrevious: c == "收入总计"));

        void Breakdown(string total, string[] parts)
        {
            var s = new PubStatement { Id = NextId(), Section = section, Subsection = total == "收入总计" ? "（一）收入决算总计" : "（二）支出决算总计" };
            statements.Add(s);
            s.Figures.Add(M(total, Actual, cur.Of(total)));
            var x = new PubExplanation { Concept = total, Basis = Actual, Marker = "包括" };
            s.Explanations.Add(x);
            foreach (var p in parts)
            {
                var ps = new PubStatement { Id = NextId(), Section = section, Subsection = s.Subsection };
                ps.Figures.AddRange(Changes(p, cur.Of(p), prev.Of(p), forcePrevious: false));
                statements.Add(ps);
                x.Parts.Add(new PubPart { Ref = ps.Id, RefConcept = p, RefBasis = Actual });
                if (p == "本年支出合计")
                {
                    // 变动原因：一是基本支出增加…，二是项目支出减少… (complete: the two parts make the change).
                    var why = new PubExplanation { Concept = p, Basis = ChangeFromPrevious, Marker = "变动原因：一是…二是" };
                    why.Parts.Add(Part(M("基本支出", ChangeFromPrevious, cur.Basic - prev.Basic)));
                    why.Parts.Add(Part(M("项目支出", ChangeFromPrevious, cur.Project - prev.Project)));
                    ps.Explanations.Add(why);
                }
            }
        }
        Breakdown("收入总计", new[] { "本年收入合计", "使用非财政拨款结余", "年初结转和结余" });
        Breakdown("支出总计", new[] { "本年支出合计", "结余分配", "年末结转和结余" });
    }

    /// 决算 with 较上年决算增减 and, over a base, 增减率; sometimes also 上年决算 (so FA1026 and FA1024 by the base apply).
    private IEnumerable<PubFigure> Changes(string concept, long current, long previous, bool forcePrevious)
    {
        bool withPrevious = forcePrevious || _style.Next(2) == 0;
        yield return M(concept, Actual, current);
        if (withPrevious) yield return M(concept, PreviousActual, previous);
        yield return M(concept, ChangeFromPrevious, current - previous);
        if (HasBase(previous)) yield return P(concept, ChangeFromPreviousRate, Ratio(current - previous, previous));
    }

    /// 二、收入决算 and 三、支出决算: 其中 breakdowns with shares, 基本支出 = 人员经费 + 公用经费, projects 主要包括…等.
    private void IncomeAndSpending(List<PubStatement> statements)
    {
        var cur = _a.Current;
        var income = new PubStatement { Id = "2.2-1", Section = "二、收入决算情况说明" };
        income.Figures.Add(M("本年收入合计", Actual, cur.Income));
        var sources = new PubExplanation { Concept = "本年收入合计", Basis = Actual, Marker = "其中" };
        for (int i = 0; i < ExactAccounts.SourceNames.Length; i++)
        {
            if (!_a.Spec.Present[i]) continue;
            string name = ExactAccounts.SourceNames[i];
            sources.Parts.Add(Part(M(name, Actual, cur.Sources[i])));
            if (HasBase(cur.Income)) income.Figures.Add(P(name, "占比", Ratio(cur.Sources[i], cur.Income), of: ("本年收入合计", Actual)));
        }
        income.Explanations.Add(sources);
        statements.Add(income);

        var spending = new PubStatement { Id = "2.3-1", Section = "三、支出决算情况说明" };
        spending.Figures.Add(M("本年支出合计", Actual, cur.Spend));
        var kinds = new PubExplanation { Concept = "本年支出合计", Basis = Actual, Marker = "其中" };
        kinds.Parts.Add(Part(M("基本支出", Actual, cur.Basic)));
        kinds.Parts.Add(Part(M("项目支出", Actual, cur.Project)));
        spending.Explanations.Add(kinds);
        if (HasBase(cur.Spend))
        {
            spending.Figures.Add(P("基本支出", "占比", Ratio(cur.Basic, cur.Spend), of: ("本年支出合计", Actual)));
            spending.Figures.Add(P("项目支出", "占比", Ratio(cur.Project, cur.Spend), of: ("本年支出合计", Actual)));
        }
        statements.Add(spending);

        var basic = new PubStatement { Id = "2.3-2", Section = "三、支出决算情况说明", Subsection = "（一）基本支出" };
        basic.Figures.Add(M("基本支出", Actual, cur.Basic));
        var staff = new PubExplanation { Concept = "基本支出", Basis = Actual, Marker = "其中" };
        staff.Parts.Add(Part(M("人员经费", Actual, cur.Personnel)));
        staff.Parts.Add(Part(M("公用经费", Actual, cur.Public)));
        basic.Explanations.Add(staff);
        statements.Add(basic);

        var project = new PubStatement { Id = "2.3-3", Section = "三、支出决算情况说明", Subsection = "（二）项目支出" };
        var projectTotal = M("项目支出", Actual, cur.Project);
        project.Figures.Add(projectTotal);
        var main = new PubExplanation { Concept = "项目支出", Basis = Actual, Partial = true, Marker = "主要包括…等" };
        long slack = cur.Project - _a.ProjectItems.Sum();
        for (int i = 0; i < _a.ProjectItems.Length; i++)
        {
            var item = M("项目支出", Actual, _a.ProjectItems[i], item: ExactAccounts.ProjectNames[i]);
            item.PartialSlack = slack;
            main.Parts.Add(Part(item));
        }
        main.Parts.Add(new PubPart { Text = "其他项目" });
        project.Explanations.Add(main);
        statements.Add(project);
    }

    /// 四 and 五: 财政拨款 total, 一般公共预算财政拨款支出 against 年初预算 with its 类 breakdown, 类 and 项 lines.
    private void FunctionLines(List<PubStatement> statements)
    {
        var four = new PubStatement { Id = "2.4-1", Section = "四、财政拨款收入支出决算总体情况说明" };
        four.Figures.Add(M("财政拨款收入支出总计", Actual, _a.AppropriationTotal));
        // "其中：一般公共预算财政拨款支出…，政府性基金预算财政拨款支出…": with no 财政拨款 carried over (these accounts carry
        // none) the two make up the total, which ties the 财政拨款 table's cells to other statements of the same figures.
        var appropriation = new PubExplanation { Concept = "财政拨款收入支出总计", Basis = Actual, Marker = "其中" };
        appropriation.Parts.Add(Part(M(GeneralExpenditure, Actual, _a.GeneralActual)));
        if (_a.FundExpenditure != 0) appropriation.Parts.Add(Part(M("政府性基金预算财政拨款支出", Actual, _a.FundExpenditure)));
        four.Explanations.Add(appropriation);
        statements.Add(four);

        const string section = "五、一般公共预算财政拨款支出决算情况说明";
        var total = new PubStatement { Id = "2.5-1", Section = section };
        total.Figures.Add(M(GeneralExpenditure, Actual, _a.GeneralActual));
        total.Figures.Add(M(GeneralExpenditure, InitialBudget, _a.GeneralBudget));
        total.Figures.Add(M(GeneralExpenditure, ChangeFromBudget, _a.GeneralActual - _a.GeneralBudget));
        total.Figures.Add(P(GeneralExpenditure, ChangeFromBudgetRate, Ratio(_a.GeneralActual - _a.GeneralBudget, _a.GeneralBudget)));
        total.Figures.Add(P(GeneralExpenditure, "完成年初预算率", Ratio(_a.GeneralActual, _a.GeneralBudget)));
        var classes = new PubExplanation { Concept = GeneralExpenditure, Basis = Actual, Marker = "其中" };
        total.Explanations.Add(classes);
        statements.Add(total);

        int n = 2;
        foreach (var (code, budget, actual) in _a.Tree)
        {
            string path = ExactAccounts.NamePath(code);
            if (code.Parent == null)
            {
                classes.Parts.Add(Part(M(GeneralExpenditure, Actual, actual, path: path)));
                var s = new PubStatement { Id = "2.5-" + n++, Section = section, Subsection = code.Name + "（类）" };
                s.Figures.Add(M(GeneralExpenditure, Actual, actual, path: path));
                s.Figures.Add(M(GeneralExpenditure, ChangeFromBudget, actual - budget, path: path));
                // "占财政拨款支出的…%": with no 政府性基金 at all the whole is the 一般公共预算财政拨款支出 (FA1182's alias).
                if (NoFund && HasBase(_a.GeneralActual)) s.Figures.Add(P(GeneralExpenditure, "占比", Ratio(actual, _a.GeneralActual), path: path, of: ("财政拨款支出", Actual)));
                if (HasBase(budget)) s.Figures.Add(P(GeneralExpenditure, ChangeFromBudgetRate, Ratio(actual - budget, budget), path: path));
                statements.Add(s);
            }
            else if (code.Code.Length == 7)
            {
                var s = new PubStatement { Id = "2.5-" + n++, Section = section, Subsection = code.Name + "（项）" };
                var budgetFigure = M(GeneralExpenditure, InitialBudget, budget, path: path);
                var actualFigure = M(GeneralExpenditure, Actual, actual, path: path);
                s.Figures.Add(budgetFigure);
                s.Figures.Add(actualFigure);
                if (HasBase(budget)) s.Figures.Add(P(GeneralExpenditure, "完成年初预算率", Ratio(actual, budget), path: path));
                // "决算数与年初预算数相差…万元": the difference without direction (issue 13.10), |决算 − 年初预算| rounded as printed.
                s.Figures.Add(M(GeneralExpenditure, "较年初预算差额", Math.Abs(actual - budget), path: path));
                // The writer compares the printed figures: "决算数小于预算数…", "决算数与预算数持平".
                int order = decimal.Parse(actualFigure.Value, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(budgetFigure.Value, CultureInfo.InvariantCulture));
                s.Extra = order > 0 ? "决算数大于预算数的主要原因：追加任务。" : order < 0 ? "决算数小于预算数的主要原因：厉行节约。" : "决算数与预算数持平。";
                statements.Add(s);
            }
        }
    }

    /// No 政府性基金 income or spending: its table is published empty with the template's statement.
    private bool NoFund => _a.FundExpenditure == 0 && !(_a.Spec.Present[1] && _a.Current.Sources[1] != 0);

    /// 十、国有资本经营预算: most departments have none and print 0 against last year's 0, a change of 0 and of 0% (0 ÷ 0,
    /// FA1027's consistent case; moving any 0 breaks FA1026 and makes the 0% wrong).
    private void NoStateCapital(List<PubStatement> statements)
    {
        const string concept = "国有资本经营预算财政拨款支出";
        var s = new PubStatement { Id = "2.10-1", Section = "十、国有资本经营预算财政拨款支出决算情况说明" };
        s.Figures.Add(M(concept, PreviousActual, 0));
        s.Figures.Add(M(concept, Actual, 0));
        s.Figures.Add(M(concept, ChangeFromPrevious, 0));
        s.Figures.Add(P(concept, ChangeFromPreviousRate, 0m));
        // The template's claim of nothing (FA1181 reads it against the empty 国有资本经营 table).
        s.Extra = "本单位本年度没有国有资本经营预算财政拨款收入和支出。";
        statements.Add(s);
    }

    /// 八、"三公"经费: 全年预算, 决算 and 完成预算率 for the total and every part, with 其中 breakdowns.
    private void ThreePublic(List<PubStatement> statements)
    {
        const string section = "八、财政拨款“三公”经费支出决算情况说明";
        long[] b = _a.ThreePublicBudgets, a = _a.ThreePublicActuals;
        _narrativeDecimals = _precision.ThreePublic;
        var lines = new (string Concept, long Budget, long Actual)[]
        {
            ("三公经费", b.Sum(), a.Sum()),
            ("因公出国（境）费", b[0], a[0]),
            ("公务用车购置及运行维护费", b[1] + b[2], a[1] + a[2]),
            ("公务用车购置费", b[1], a[1]),
            ("公务用车运行维护费", b[2], a[2]),
            ("公务接待费", b[3] + b[4], a[3] + a[4]),
            ("国内公务接待费", b[3], a[3]),
            ("国（境）外公务接待费", b[4], a[4]),
        };
        var breakdowns = new Dictionary<string, string[]>
        {
            ["三公经费"] = new[] { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" },
            ["公务用车购置及运行维护费"] = new[] { "公务用车购置费", "公务用车运行维护费" },
        };
        int n = 1;
        foreach (var (concept, budget, actual) in lines)
        {
            var s = new PubStatement { Id = "2.8-" + n++, Section = section };
            s.Figures.Add(M(concept, FullYearBudget, budget, scope: Appropriation));
            s.Figures.Add(M(concept, Actual, actual, scope: Appropriation));
            if (HasBase(budget)) s.Figures.Add(P(concept, "完成预算率", Ratio(actual, budget), scope: Appropriation));
            if (breakdowns.TryGetValue(concept, out var parts))
            {
                var x = new PubExplanation { Concept = concept, Basis = Actual, Scope = Appropriation, Marker = "其中" };
                foreach (var p in parts) x.Parts.Add(Part(M(p, Actual, lines.First(l => l.Concept == p).Actual, scope: Appropriation)));
                s.Explanations.Add(x);
            }
            statements.Add(s);
        }
        _narrativeDecimals = _precision.Narrative;
    }

    /// 十二、政府采购: total = 货物 + 工程 + 服务, the amount awarded to SMEs, its parts and per-category shares.
    private void Procurement(List<PubStatement> statements)
    {
        const string section = "十二、政府采购支出情况说明";
        long[] p = _a.Procurement, sme = _a.Sme;
        var total = new PubStatement { Id = "2.12-1", Section = section };
        total.Figures.Add(M("政府采购支出", Actual, p.Sum()));
        var kinds = new PubExplanation { Concept = "政府采购支出", Basis = Actual, Marker = "其中" };
        for (int i = 0; i < 3; i++) kinds.Parts.Add(Part(M(ExactAccounts.ProcurementNames[i], Actual, p[i])));
        total.Explanations.Add(kinds);
        statements.Add(total);

        var awarded = new PubStatement { Id = "2.12-2", Section = section };
        awarded.Figures.Add(M("授予中小企业合同金额", Actual, sme.Sum()));
        awarded.Figures.Add(P("授予中小企业合同金额", "占比", Ratio(sme.Sum(), p.Sum()), of: ("政府采购支出", Actual)));
        var parts = new PubExplanation { Concept = "授予中小企业合同金额", Basis = Actual, Marker = "其中" };
        for (int i = 0; i < 3; i++) parts.Parts.Add(Part(M(ExactAccounts.SmeNames[i], Actual, sme[i])));
        awarded.Explanations.Add(parts);
        statements.Add(awarded);

        var shares = new PubStatement { Id = "2.12-3", Section = section };
        for (int i = 0; i < 3; i++)
        {
            bool named = _style.Next(2) == 0;
            decimal share = p[i] == 0 ? 0m : Ratio(sme[i], p[i]);
            shares.Figures.Add(P(ExactAccounts.SmeNames[i], "占比", share, of: named ? (ExactAccounts.ProcurementNames[i], Actual) : null));
        }
        statements.Add(shares);
    }

    /// Counts (issue 13, point 2), exact and printed whole: 三公's groups and person-times, receptions' batches and
    /// person-times, the 绩效 grades adding up to the projects self-evaluated, problems found and rectified, and 车辆 with
    /// its 其中 kinds (十一（三）). Drawn from the publisher's style, so a spec always publishes the same counts.
    private void Counts(List<PubStatement> statements)
    {
        PubFigure C(string concept, string basis, long value, string unit, string scope = "") =>
            new() { Concept = concept, Basis = basis, Scope = scope, Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture), Unit = unit };
        const string appropriation = "财政拨款";
        var trips = new PubStatement { Id = "2.8-90", Section = "八、财政拨款“三公”经费支出决算情况说明", Subsection = "（二）" };
        long groups = _style.Next(0, 6), batches = _style.Next(0, 30);
        trips.Figures.Add(C("因公出国（境）团组", Actual, groups, "个", appropriation));
        trips.Figures.Add(C("因公出国（境）人次", Actual, groups * _style.Next(1, 5), "人次", appropriation));
        trips.Figures.Add(C("国内公务接待批次", Actual, batches, "批次", appropriation));
        trips.Figures.Add(C("国内公务接待人次", Actual, batches + _style.Next(0, 200), "人次", appropriation));
        statements.Add(trips);

        var performance = new PubStatement { Id = "2.14-90", Section = "十四、预算绩效情况说明" };
        var grades = new long[] { _style.Next(0, 30), _style.Next(0, 10), _style.Next(0, 3), _style.Next(0, 2) };
        long found = _style.Next(0, 12), done = found == 0 ? 0 : _style.Next(0, (int)found + 1);
        performance.Figures.Add(C("绩效自评项目", Actual, grades.Sum(), "个"));
        string[] gradeNames = { "绩效评级为优的项目", "绩效评级为良的项目", "绩效评级为合格的项目", "绩效评级为不合格的项目" };
        for (int i = 0; i < 4; i++) performance.Figures.Add(C(gradeNames[i], Actual, grades[i], "个"));
        performance.Figures.Add(C("绩效自评发现问题", Actual, found, "个"));
        performance.Figures.Add(C("已完成整改问题", Actual, done, "个"));
        performance.Figures.Add(C("正在整改问题", Actual, _style.Next(0, (int)(found - done) + 1), "个"));
        statements.Add(performance);

        var assets = new PubStatement { Id = "2.13-90", Section = "十三、国有资产占用情况说明" };
        string[] kindNames = { "主要负责人用车", "机要通信用车", "应急保障用车", "执法执勤用车", "其他用车" };
        var kinds = kindNames.Select(_ => (long)_style.Next(0, 9)).ToArray();
        assets.Figures.Add(C("车辆", "年末", kinds.Sum(), "辆"));
        var breakdown = new PubExplanation { Concept = "车辆", Basis = "年末", Marker = "其中" };
        for (int i = 0; i < kinds.Length; i++) breakdown.Parts.Add(Part(C(kindNames[i], "年末", kinds[i], "辆")));
        assets.Explanations.Add(breakdown);
        var staff = new PubStatement { Id = "2.3-90", Section = "三、支出决算情况说明" };
        long left = _style.Next(0, 8), retired = _style.Next(0, 8);
        staff.Figures.Add(C("减少人员", Actual, left + retired + _style.Next(0, 3), "人"));
        var reasons = new PubExplanation { Concept = "减少人员", Basis = Actual, Marker = "主要包括…等", Partial = true };
        reasons.Parts.Add(Part(C("调离在职人员", Actual, left, "人")));
        reasons.Parts.Add(Part(C("退休人员", Actual, retired, "人")));
        staff.Explanations.Add(reasons);
        statements.Add(assets);
        statements.Add(staff);
    }
}

/// How a publisher rounds amounts: decimals in the tables, in the 说明, and in the 三公 section (a district that writes
/// "三公经费38万元" beside 2-decimal tables); <see cref="TrimTables"/> drops trailing zeros in table cells too ("12.5", "174").
internal sealed record PrintPrecision(int Tables, int Narrative, int ThreePublic, bool TrimTables)
{
    /// Tables and 说明 at 2 decimals, the 说明 sometimes dropping trailing zeros: what reports mostly do.
    public static readonly PrintPrecision Standard = new(2, 2, 2, false);

    public override string ToString() => $"tables {Tables}, 说明 {Narrative}, 三公 {ThreePublic} decimals{(TrimTables ? ", table zeros dropped" : "")}";
}

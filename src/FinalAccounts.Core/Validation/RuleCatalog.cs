using System.Collections.Generic;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using static FinalAccounts.Reports.ReportVocabulary;

namespace FinalAccounts.Validation;

/// <summary>
/// The report checks (FA1xxx), each with a stable ID documented in README. An ID never changes meaning; a retired ID
/// stays listed.
/// </summary>
public static class RuleCatalog
{
    // Declared first: static fields initialise in order. 年末结转, 完成预算率, 较年初预算 and 上年决算 have no meaning in a
    // 预算; 较上年预算 none in a 决算.
    private static readonly ReportKind[] FinalOnly = { ReportKind.FinalAccounts };
    private static readonly ReportKind[] BudgetOnly = { ReportKind.Budget };

    // The rates of FA1020–FA1024; FA1027 finds the same rates and judges those on a zero base.
    private static readonly RateRule s_fa1020 = RateRule.Completion(F("FA1020", "完成年初预算率 = 决算 ÷ 年初预算", "completion of the initial budget = actual / initial budget", "完成年初预算% = 决算 ÷ 年初预算 × 100"), InitialBudgetCompletion, InitialBudget);
    private static readonly RateRule s_fa1021 = RateRule.Completion(F("FA1021", "完成预算率 = 决算 ÷ 全年预算", "budget completion = actual / full-year budget", "完成预算% = 决算 ÷ 全年预算 × 100"), BudgetCompletion, FullYearBudget);
    private static readonly RateRule s_fa1022 = RateRule.Share(D("FA1022", "占比 = 该项 ÷ 合计", "share = item / the total it is a share of", "占比% = 决算 ÷ the figure named as its whole × 100"));
    private static readonly RateRule s_fa1023 = RateRule.Change(F("FA1023", "较年初预算增减率", "change against the initial budget in percent", "增减% = (决算 − 年初预算) ÷ 年初预算 × 100, or 增减 ÷ (决算 − 增减) × 100 when 年初预算 is not stated"), ChangeFromBudgetRate, InitialBudget, ChangeFromBudget);
    private static readonly RateRule s_fa1024 = RateRule.Change(F("FA1024", "较上年决算增减率", "change against last year's actual in percent", "增减% = (决算 − 上年决算) ÷ 上年决算 × 100, or 增减 ÷ (决算 − 增减) × 100 when 上年决算 is not stated"), ChangeFromPreviousRate, PreviousActual, ChangeFromPrevious);

    private static readonly RateRule s_fa1201 = RateRule.Change(B("FA1201", "较上年预算增减率", "change against last year's budget in percent", "增减% = (预算 − 上年预算) ÷ 上年预算 × 100, or 增减 ÷ (预算 − 增减) × 100 when 上年预算 is not stated"), ChangeFromPreviousBudgetRate, PreviousBudget, ChangeFromPreviousBudget);

    // A 预算's 项 lines compared with last year's executed budget (2023年当年预算执行数为…，比2023年预算执行数增加…%).
    private static readonly RateRule s_fa1205 = RateRule.Change(B("FA1205", "较上年执行数增减率", "change against last year's executed budget in percent", "增减% = (预算 − 上年执行数) ÷ 上年执行数 × 100, or 增减 ÷ (预算 − 增减) × 100 when 上年执行数 is not stated"), ChangeFromPreviousExecutionRate, PreviousExecution, ChangeFromPreviousExecution);

    private static readonly IReadOnlyList<IReportRule> s_rules = new IReportRule[]
    {
        new SumIdentityRule(F("FA1001", "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", "income total = current-year income + non-appropriation balance used + opening carry-over",
            "收入总计 = 本年收入合计 + 使用非财政拨款结余（含专用结余）+ 年初结转和结余, on every basis and scope stated"),
            "收入总计", ("本年收入合计", 1, true), ("使用非财政拨款结余", 1, false), ("年初结转和结余", 1, false)),
        new SumIdentityRule(F("FA1002", "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", "expenditure total = current-year expenditure + balance distribution + closing carry-over",
            "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余"),
            "支出总计", ("本年支出合计", 1, true), ("结余分配", 1, false), ("年末结转和结余", 1, false)),
        new SumIdentityRule(D("FA1003", "收入总计 = 支出总计", "income total = expenditure total", "收入总计 = 支出总计 (决算总表 balances)"),
            "支出总计", ("收入总计", 1, true)),
        new SumIdentityRule(D("FA1004", "本年收入合计 = 各项收入之和", "current-year income = the sum of its sources",
            "本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入"),
            "本年收入合计", ("一般公共预算财政拨款收入", 1, true), ("政府性基金预算财政拨款收入", 1, false), ("国有资本经营预算财政拨款收入", 1, false),
            ("上级补助收入", 1, false), ("事业收入", 1, false), ("经营收入", 1, false), ("附属单位上缴收入", 1, false), ("其他收入", 1, false)),
        new SumIdentityRule(D("FA1005", "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出", "current-year expenditure = basic + project + remitted + business + subsidies to affiliates",
            "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出"),
            "本年支出合计", ("基本支出", 1, true), ("项目支出", 1, true), ("上缴上级支出", 1, false), ("经营支出", 1, false), ("对附属单位补助支出", 1, false)),
        new SumIdentityRule(D("FA1006", "基本支出 = 人员经费 + 公用经费", "basic expenditure = personnel + public expenses", "基本支出 = 人员经费 + 公用经费, per scope"),
            "基本支出", ("人员经费", 1, true), ("公用经费", 1, true)),
        new ExplanationRule(D("FA1010", "说明所列各项之和 = 所说明的数", "a complete breakdown adds up to the figure it explains",
            "其中/一是…二是… lists: Σ parts = the figure explained (every part must carry an amount)"), partial: false),
        new ExplanationRule(D("FA1011", "主要包括…等 所列各项之和 ≤ 所说明的数", "a partial list does not exceed the figure it explains",
            "主要包括…等 lists: Σ parts ≤ the figure explained"), partial: true),
        s_fa1020, s_fa1021, s_fa1022, s_fa1023, s_fa1024,
        new DifferenceRule(F("FA1025", "较年初预算增减 = 决算 − 年初预算", "change against the initial budget = actual − initial budget", "增减 = 决算 − 年初预算 when all three are stated"), ChangeFromBudget, InitialBudget),
        new DifferenceRule(F("FA1026", "较上年决算增减 = 决算 − 上年决算", "change against last year = actual − last year's actual", "增减 = 决算 − 上年决算 when all three are stated"), ChangeFromPrevious, PreviousActual),
        new ZeroBaseRateRule(D("FA1027", "比率的基数为零：比率无定义", "a rate on a base of zero is undefined",
            "a 完成率, 占比 or 增减% of FA1020–FA1024, FA1201 or FA1205 whose base (年初预算, 全年预算, the whole, 上年决算, 上年预算, 上年执行数, or 决算 − 增减) is 0 is undefined: 0 ÷ 0 stated 0% passes, any other rate is an error"),
            new[] { s_fa1020, s_fa1021, s_fa1022, s_fa1023, s_fa1024, s_fa1201, s_fa1205 }),
        new AgreementRule(D(RuleKind.Agreement, "FA1030", "同一数字各处列示一致", "a figure agrees wherever it is stated", "the same concept, basis, scope and 功能分类 path has the same value in every table and sentence")),
        new FunctionTreeRule(D("FA1040", "类 = Σ款 = Σ项，合计 = Σ类", "each 功能分类 class and section = the sum of the codes below it; a table's total = the sum of its classes",
            "a 类 or 款 figure = Σ the figures of its nearest stated sub-codes (same concept, basis and scope); in a table, the uncoded total row = Σ its 类 rows")),
        new EconomicTreeRule(D("FA1041", "经济分类 类 = Σ款", "each economic class = the sum of its sections",
            "in a table, a 经济分类 类 row (e.g. 301 工资福利支出) = Σ its 款 rows (30101 …), same basis and scope")),
        new SumIdentityRule(D("FA1050", "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费", "the three public expenses add up",
            "三公经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费"),
            "三公经费", ("因公出国（境）费", 1, true), ("公务用车购置及运行维护费", 1, true), ("公务接待费", 1, true)),
        new SumIdentityRule(D("FA1051", "公务用车购置及运行维护费 = 购置费 + 运行维护费", "official vehicles = purchase + operation",
            "公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费"),
            "公务用车购置及运行维护费", ("公务用车购置费", 1, true), ("公务用车运行维护费", 1, true)),
        new SumIdentityRule(D("FA1052", "公务接待费 = 国内 + 国（境）外公务接待费", "official receptions = domestic + foreign",
            "公务接待费 = 国内公务接待费 + 国（境）外公务接待费"),
            "公务接待费", ("国内公务接待费", 1, true), ("国（境）外公务接待费", 1, true)),
        new SumIdentityRule(D("FA1060", "政府采购支出 = 货物 + 工程 + 服务", "government procurement = goods + works + services",
            "政府采购支出 = 政府采购货物支出 + 政府采购工程支出 + 政府采购服务支出"),
            "政府采购支出", ("政府采购货物支出", 1, true), ("政府采购工程支出", 1, true), ("政府采购服务支出", 1, true)),
        new ProcurementSmeRule(F("FA1061", "授予中小企业合同金额 = Σ 各类采购支出 × 授予中小企业占比", "the amount awarded to SMEs agrees with the per-category shares",
            "授予中小企业合同金额 = 货物 × 货物占比 + 工程 × 工程占比 + 服务 × 服务占比")),
        new ShareSumRule(D("FA1100", "同一合计的各项占比之和 = 100%", "the shares of the parts of one whole add up to 100%",
            "Σ 占比 of the parts that make up a whole (a complete breakdown or a standard identity in the same sentence) = 100%, of disjoint parts (功能分类 rows none of which contains another) ≤ 100%, within n × half a unit of the last printed digit")),
        new DerivedTwiceRule(F(RuleKind.Agreement, "FA1110", "同一数字的各种推算一致", "every determination of one figure agrees",
            "年初预算 = 决算 − 较年初预算增减 = 决算 ÷ 完成年初预算率 = 增减 ÷ 增减率, 上年决算 = 决算 − 较上年决算增减 = 增减 ÷ 增减率, and as stated: determinations from different sentences meet as intervals"), viaAlias: false),
        new DerivedTwiceRule(new RuleDescriptor("FA1111", "财政拨款总计与一般公共预算的推算一致", "the appropriation total and the general budget agree when they are one quantity",
            "when the report states 政府性基金 and 国有资本经营 财政拨款 as 0 and the two 决算 agree, 财政拨款收入支出总计 and 一般公共预算财政拨款支出 have the same 年初预算 and 上年决算 (warning)", RuleKind.Agreement, Severity.Warning, FinalOnly), viaAlias: true),
        new ComparisonWordRule(F(RuleKind.Agreement, "FA1130", "大于/小于等比较用语与数字一致", "comparison words agree with the figures",
            "决算数大于/高于/超过 (小于/低于/少于) 预算数/上年: the statement's 决算 and that base, as intervals, allow the direction"), level: false),
        new ComparisonWordRule(new RuleDescriptor("FA1131", "持平/基本持平与数字一致", "持平 agrees with the figures",
            "决算数与预算数/上年 持平: equal within rounding; 基本持平: within 1% of the base (warning)", RuleKind.Agreement, Severity.Warning, FinalOnly), level: true),
        new UnitSlipRule(D(RuleKind.Agreement, "FA1140", "单位错误：同一数字相差10000倍", "a unit slip: the same figure 10⁴ times another",
            "the same figure stated twice where one equals the other × 10⁴ within rounding (元 written where 万元 is meant) is a unit slip, not a plain mismatch (FA1030 leaves it)")),
        new CountBreakdownRule(D("FA1150", "数量的明细之和 = 合计（精确）", "a breakdown of a count adds up to it exactly",
            "共有车辆…辆，其中：…用车…辆 (and any complete 其中 / 一是…二是… list of counts in one unit: 辆, 人, 人次, 批次, 个 …): Σ parts = the count explained, exactly — counts are never rounded"), partial: false),
        new CountBreakdownRule(D("FA1151", "数量的部分列举之和 ≤ 合计", "a partial list of counts does not exceed the count",
            "主要包括…等 lists of counts in one unit: Σ parts ≤ the count explained"), partial: true),
        new CountRelationRule(D("FA1152", "绩效自评项目 = 各评级项目之和；整改问题 ≤ 发现问题", "graded projects add up; rectified problems do not exceed problems found",
            "绩效自评项目 = 绩效评级为优 + 良 + 合格 + 不合格的项目 (exactly); 已完成整改问题 + 正在整改问题 ≤ 绩效自评发现问题"),
            ("绩效自评项目", new[] { "绩效评级为优的项目", "绩效评级为良的项目", "绩效评级为合格的项目", "绩效评级为不合格的项目" }, false, "绩效评级为“优”“良”“合格”“不合格”的项目数之和", "the sum of the projects graded 优, 良, 合格 and 不合格"),
            ("绩效自评发现问题", new[] { "已完成整改问题", "正在整改问题" }, true, "已经完成整改与正在整改的问题数之和", "the problems rectified and being rectified")),
        new CountRelationRule(D("FA1153", "人次不少于团组数、批次数", "person-times are at least the groups or batches",
            "因公出国（境）人次 ≥ 因公出国（境）团组; 国内 / 国（境）外公务接待人次 ≥ 接待批次: every group or batch counts at least one person"),
            ("因公出国（境）人次", new[] { "因公出国（境）团组" }, true, "团组数（每个团组至少1人次）", "the number of groups (each at least one person)"),
            ("国内公务接待人次", new[] { "国内公务接待批次" }, true, "接待批次（每批次至少1人次）", "the number of batches (each at least one person)"),
            ("国（境）外公务接待人次", new[] { "国（境）外公务接待批次" }, true, "接待批次（每批次至少1人次）", "the number of batches (each at least one person)")),
        new TablePresenceRule(new RuleDescriptor("FA1160", "九张标准表格均应公开", "all nine standard tables are published",
            "收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表 are all published, or the report says the unit has nothing for the missing one (warning; runs only on a report with tables)", RuleKind.ReviewerFlag, Severity.Warning), emptyOnes: false),
        new TablePresenceRule(new RuleDescriptor("FA1161", "无数据的表格应说明原因", "a table published without data says why",
            "a 三公, 政府性基金 or 国有资本经营 table without cells has its statement (注：…故本表无数据) or a 说明 sentence saying the unit has none (warning)", RuleKind.ReviewerFlag, Severity.Warning), emptyOnes: true),
        new BlankCellRule(D(RuleKind.Agreement, "FA1162", "说明列示的数在表中不得为空", "a figure the 说明 states as nonzero is not blank in its table",
            "三公经费 and its parts (三公 table), 政府性基金 / 国有资本经营预算财政拨款收入、支出 (their tables): a nonzero 决算 in the 说明 against a blank cell or an empty table is an error")),
        new ChangeReasonRule(new RuleDescriptor("FA1170", "变动应说明原因", "a change the template asks about is explained",
            "收入支出总计, 财政拨款收入支出总计, 一般公共预算财政拨款支出, 三公经费 and its parts, 机关运行经费: a nonzero change against last year or the budget, and a 功能分类 line's 决算 differing from its 年初预算 beyond rounding, come with a reason (主要原因…, an explanation in the file); 持平 needs none (warning)", RuleKind.ReviewerFlag, Severity.Warning)),
        new UnsignedDifferenceRule(D("FA1180", "相差、差值 = |决算 − 基数|（不分增减）", "a difference printed without direction = |actual − base|",
            "与年初预算相差 / 差值 …万元 (bases 较年初预算差额, 较全年预算差额, 较上年决算差额, 较上年预算差额) = |own figure − the base|: compared with both directions as intervals, the words give no sign")),
        new ZeroClaimRule(F(RuleKind.Agreement, "FA1181", "“没有发生/未发生/无此项支出”与表中数字一致", "a claim that an item did not occur agrees with the tables",
            "a 说明 clause saying one named item did not occur (因公出国（境）费未发生, 无政府性基金预算财政拨款收入和支出, …无此项支出) claims its 决算 is 0: a blank or 0 cell agrees, a nonzero table cell is an error")),
        new ShareAliasRule(D("FA1182", "占比隐含的合计与其别名数字一致", "a share's whole agrees with the same quantity stated under another name",
            "X 占 Y 的 p%: Y = X ÷ p, compared with Y stated under another name when Y itself is not stated (财政拨款支出 = 一般公共预算财政拨款支出 when 政府性基金 and 国有资本经营 are 0)")),
        new BlankPartRule(F(RuleKind.Identity, "FA1183", "说明列示的非零数在表中单独为空", "a part the 说明 states as nonzero is a lone blank in its table",
            "三公 table: a part's cell blank while its whole and the other parts are printed and add up with it as 0; the 说明's nonzero 决算 of that part then contradicts the table")),
        new DifferenceRule(B("FA1200", "较上年预算增减 = 预算 − 上年预算", "change against last year's budget = budget − last year's budget",
            "增减 = 预算 − 上年预算 when all three are stated (a 预算's 比2024年预算增加/减少/持平)"), ChangeFromPreviousBudget, PreviousBudget),
        s_fa1201,
        new SumIdentityRule(B("FA1202", "收入总计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入 …", "a budget's income total = the sum of its sources",
            "预算 收入总计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入 + 上年结转 (a 预算 has no 本年收入合计 line)"),
            "收入总计", ("财政拨款收入", 1, true), ("上级补助收入", 1, false), ("事业收入", 1, false), ("经营收入", 1, false),
            ("附属单位上缴收入", 1, false), ("其他收入", 1, false), ("上年结转", 1, false)),
        new SumIdentityRule(D("FA1203", "财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款收入", "appropriations = general budget + government funds + state capital",
            "财政拨款收入 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 (预算 and 决算: the sum of the budget kinds)"),
            "财政拨款收入", ("一般公共预算财政拨款收入", 1, true), ("政府性基金预算财政拨款收入", 1, false), ("国有资本经营预算财政拨款收入", 1, false)),
        new SumIdentityRule(B("FA1204", "本年收入合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入 …", "a budget's income per row = the sum of its sources",
            "收入预算表, per row: 合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入"),
            "本年收入合计", ("财政拨款收入", 1, true), ("上级补助收入", 1, false), ("事业收入", 1, false), ("经营收入", 1, false),
            ("附属单位上缴收入", 1, false), ("其他收入", 1, false)),
        s_fa1205,
        new DifferenceRule(B("FA1206", "较上年执行数增减 = 预算 − 上年执行数", "change against last year's executed budget = budget − last year's executed budget",
            "增减 = 预算 − 上年执行数 when all three are stated (比2023年预算执行数增加/减少 …万元)"), ChangeFromPreviousExecution, PreviousExecution),
        new BudgetLevelWordRule(new RuleDescriptor("FA1207", "预算“持平”“无变化”与数字一致", "a budget's 持平 agrees with the figures",
            "比2023年预算执行数持平 / 与2024年预算持平 / 无变化 / 无增减: the sentence's one 预算 and its 上年执行数 (上年预算) are equal within rounding (warning)", RuleKind.Agreement, Severity.Warning, BudgetOnly)),
        new SplitBlockRule(B("FA1208", "合计 = 人员经费 + 公用经费 + 项目支出（按列分列的支出）", "a split expenditure row: total = personnel + public expenses + projects",
            "a 预算 table row printed by column with 基本支出 split into 人员经费 and 公用经费 (财务收支预算总表): 合计 = 人员经费 + 公用经费 + 项目支出, a blank part 0; rows that also print 基本支出 or another spending column are left to FA1005/FA1006")),
        new TemplateTextRule(D(RuleKind.ReviewerFlag, "FA1120", "不得留有模板占位符", "no template placeholder is left in the report",
            "the title, table titles, headings and 说明 contain no placeholder: XX / XXX / ×× / 某某 / （单位名称） / 此处填写 / …年 / 20XX年"), years: false),
        new TemplateTextRule(new RuleDescriptor("FA1121", "标题与年末日期的年份为报告年度", "titles and year-end dates name the report's year",
            "a year printed in the report title, a table title or a heading, or in a 说明's 截至…年12月31日, is the report's year (warning)", RuleKind.ReviewerFlag, Severity.Warning), years: true),
        new CodeRowRule(D(RuleKind.Agreement, "FA1070", "功能分类代码与所在行一致", "a printed 功能分类 code matches its row",
            "the printed code is the code of the row's 类/款/项 name path (same level and parent)")),
        new EditionNameRule(new RuleDescriptor("FA1090", "功能分类名称与报告年度的版本一致", "a 功能分类 name belongs to the edition of the report's year",
            "a row or sentence does not name a code by an old name (alias table) outside that name's years", RuleKind.ReviewerFlag, Severity.Warning)),
    };

    /// <summary>Every built-in rule, in ID order.</summary>
    public static IReadOnlyList<IReportRule> Rules => s_rules;

    private static RuleDescriptor D(string id, string title, string titleEn, string identity) => new(id, title, titleEn, identity);

    private static RuleDescriptor D(RuleKind kind, string id, string title, string titleEn, string identity) => new(id, title, titleEn, identity, kind);

    private static RuleDescriptor F(string id, string title, string titleEn, string identity) => F(RuleKind.Identity, id, title, titleEn, identity);

    private static RuleDescriptor F(RuleKind kind, string id, string title, string titleEn, string identity) => new(id, title, titleEn, identity, kind, Severity.Error, FinalOnly);

    private static RuleDescriptor B(string id, string title, string titleEn, string identity) => new(id, title, titleEn, identity, RuleKind.Identity, Severity.Error, BudgetOnly);
}

using System.Collections.Generic;
using FinalAccounts.Money;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A rate stated against a base of 0 ("增长100%" where 上年决算 is 0, "完成年初预算的…%" where 年初预算 is 0, a 占比 of a
/// whole of 0) is undefined: the report's figures cannot give it. 0 ÷ 0 printed as 0% is the reports' convention and
/// passes; any other stated rate (0% over a nonzero numerator included: "增长0%" from 0 to 12) is an error. The rates are those of FA1020–FA1024, found the same way.
/// </summary>
internal sealed partial class ZeroBaseRateRule : IReportRule
{
    private readonly IReadOnlyList<RateRule> _rates;

    public ZeroBaseRateRule(RuleDescriptor descriptor, IReadOnlyList<RateRule> rates)
    {
        Descriptor = descriptor;
        _rates = rates;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var rule in _rates)
        {
            var cases = context.RateCasesOf(rule);
            for (var i = 0; i < cases.Count; i++)
            {
                var c = cases[i];
                if (!c.BaseIsZero) continue;
                context.Record(c.Rate, CheckResult.UndefinedRate(c.Rate.Percentage, c.NumeratorIsZero ? 0m : 1m), c.Inputs!, c.Relation, c.RelationEn);
            }
        }
    }
}

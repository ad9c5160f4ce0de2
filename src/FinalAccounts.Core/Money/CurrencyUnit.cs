namespace FinalAccounts.Money;

/// <summary>The currency unit a report states its amounts in (金额单位).</summary>
public enum CurrencyUnit
{
    /// <summary>元: one yuan (the default).</summary>
    Yuan = 0,

    /// <summary>万元: ten thousand yuan, the unit of the 决算公开 tables.</summary>
    WanYuan = 1,
}

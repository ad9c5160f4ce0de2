namespace FinalAccounts.Money;

/// <summary>How a stated figure relates to the figures it is computed from.</summary>
public enum CheckOutcome
{
    /// <summary>The stated figure equals the exact recomputation from the stated inputs, rounded to the stated decimals.</summary>
    Consistent = 0,

    /// <summary>
    /// The exact recomputation differs, but the interval of values the stated figure may stand for meets the interval the
    /// rounded inputs allow (尾差): information, never an error.
    /// </summary>
    WithinRounding = 1,

    /// <summary>No rounding gives the printed figure but truncation (截尾) does: a warning.</summary>
    Truncated = 2,

    /// <summary>Neither rounding nor truncation explains the stated figure: an error.</summary>
    Inconsistent = 3,
}

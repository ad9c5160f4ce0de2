namespace FinalAccounts.Classification;

/// <summary>
/// How well a code and its name are evidenced, weakest first. A table row says it with its <c>evidence</c> column, an
/// evidence table's <c>status</c>, or (when neither is given) its <c>source</c>: a source that does not say
/// "unverified" counts as verified.
/// </summary>
public enum ClassificationEvidence
{
    /// <summary>未核实: taken from knowledge of the standard classification, not seen in any cited source.</summary>
    Unverified = 0,

    /// <summary>
    /// 报表所列: code and name seen printed together in a real published report (决算 or 预算), but not in an official
    /// edition of the classification. Real reports can be wrong, so this is weaker than <see cref="Verified"/>.
    /// </summary>
    Printed = 1,

    /// <summary>已核实: code and name seen in an official edition, an amendment notice or a cited source of equal weight.</summary>
    Verified = 2,
}

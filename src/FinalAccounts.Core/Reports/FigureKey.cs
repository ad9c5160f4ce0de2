using System;

namespace FinalAccounts.Reports;

/// <summary>
/// What a stated figure measures: the concept in the report's own terms (收入总计, 基本支出, 办公费 …), the basis it is
/// stated on (决算, 年初预算, 较上年决算增减率 …), and the qualifiers that tell apart figures of the same concept: the scope
/// (一般公共预算财政拨款 …), the 功能分类 path, and a named item (a project, a fund).
/// </summary>
public readonly struct FigureKey : IEquatable<FigureKey>
{
    /// <summary>Creates a key; empty qualifiers mean "not qualified".</summary>
    public FigureKey(string concept, string basis, string? scope = null, string? functionPath = null, string? item = null)
    {
        Concept = concept ?? throw new ArgumentNullException(nameof(concept));
        Basis = basis ?? throw new ArgumentNullException(nameof(basis));
        Scope = scope ?? string.Empty;
        FunctionPath = functionPath ?? string.Empty;
        Item = item ?? string.Empty;
        // Keys are looked up constantly by the rules; hash the five strings once.
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Concept);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Basis);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Scope);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(FunctionPath);
            _hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Item);
        }
    }

    private readonly int _hash;

    /// <summary>The concept, e.g. 本年支出合计.</summary>
    public string Concept { get; }

    /// <summary>The basis, e.g. 决算 or 较上年决算增减率.</summary>
    public string Basis { get; }

    /// <summary>The scope, e.g. 一般公共预算财政拨款; empty for the unit's whole accounts.</summary>
    public string Scope { get; }

    /// <summary>The 功能分类 name path (类/款/项) the figure belongs to, or empty.</summary>
    public string FunctionPath { get; }

    /// <summary>A named item (project, fund), or empty.</summary>
    public string Item { get; }

    /// <summary>The same key on another basis (决算 → 上年决算 …).</summary>
    public FigureKey WithBasis(string basis)
    {
        if (basis == null) throw new ArgumentNullException(nameof(basis));
        // The hash is Σ hash(part) · 31^k, so one part is swapped without hashing the others again (a 功能分类 path is long).
        unchecked
        {
            return new FigureKey(Concept, basis, Scope, FunctionPath, Item,
                _hash + ((StringComparer.Ordinal.GetHashCode(basis) - StringComparer.Ordinal.GetHashCode(Basis)) * (31 * 31 * 31)));
        }
    }

    /// <summary>The same key with another concept: the same basis, scope, path and item (see <see cref="WithBasis"/>).</summary>
    internal FigureKey WithConcept(string concept)
    {
        if (concept == null) throw new ArgumentNullException(nameof(concept));
        unchecked
        {
            return new FigureKey(concept, Basis, Scope, FunctionPath, Item,
                _hash + ((StringComparer.Ordinal.GetHashCode(concept) - StringComparer.Ordinal.GetHashCode(Concept)) * (31 * 31 * 31 * 31)));
        }
    }

    // A key made from another's parts with its hash already known (WithBasis, WithConcept).
    private FigureKey(string concept, string basis, string scope, string functionPath, string item, int hash)
    {
        Concept = concept;
        Basis = basis;
        Scope = scope;
        FunctionPath = functionPath;
        Item = item;
        _hash = hash;
    }

    /// <inheritdoc />
    public bool Equals(FigureKey other)
        => _hash == other._hash
        && string.Equals(Concept, other.Concept, StringComparison.Ordinal)
        && string.Equals(Basis, other.Basis, StringComparison.Ordinal)
        && string.Equals(Scope, other.Scope, StringComparison.Ordinal)
        && string.Equals(FunctionPath, other.FunctionPath, StringComparison.Ordinal)
        && string.Equals(Item, other.Item, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FigureKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>True when both keys name the same figure.</summary>
    public static bool operator ==(FigureKey left, FigureKey right) => left.Equals(right);

    /// <summary>True when the keys differ.</summary>
    public static bool operator !=(FigureKey left, FigureKey right) => !left.Equals(right);

    /// <summary>The key as a reader would say it, e.g. "一般公共预算财政拨款 基本支出（决算）".</summary>
    public override string ToString()
    {
        var prefix = Scope.Length > 0 ? Scope + " " : string.Empty;
        var path = FunctionPath.Length > 0 ? FunctionPath + " " : string.Empty;
        var item = Item.Length > 0 ? Item + " " : string.Empty;
        return prefix + path + item + Concept + "（" + Basis + "）";
    }
}

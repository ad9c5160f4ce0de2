using System;
using System.Linq;
using FinalAccounts.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Core.Tests.Classification;

/// <summary>Laws every generated code type obeys, checked over its whole table and over arbitrary input.</summary>
public sealed class ClassificationCodeProperties
{
    private static Arbitrary<FunctionCode> FunctionCodes => Gen.Elements(FunctionCode.All.ToArray()).ToArbitrary();

    private static Arbitrary<EconomicCode> EconomicCodes => Gen.Elements(EconomicCode.All.ToArray()).ToArbitrary();

    [Property]
    public Property Parse_of_Code_returns_the_same_code()
        => Prop.ForAll(FunctionCodes, c => FunctionCode.Parse(c.Code) == c && FunctionCode.TryParse(c.Code.AsSpan(), out var s) && s == c);

    [Property]
    public Property Every_section_and_item_has_its_code_prefix_as_an_existing_parent()
        => Prop.ForAll(FunctionCodes, c =>
            c.Level == ClassificationLevel.Class
                ? c.Parent is null && c.Code.Length == 3
                : c.Parent is FunctionCode p
                  && c.Code.StartsWith(p.Code, StringComparison.Ordinal)
                  && p.Code.Length == c.Code.Length - 2
                  && (int)p.Level == (int)c.Level - 1
                  && FunctionCode.All.Contains(p)
                  && p.Children.Contains(c));

    [Property]
    public Property Every_economic_section_has_its_code_prefix_as_parent()
        => Prop.ForAll(EconomicCodes, c =>
            c.Level == ClassificationLevel.Class
                ? c.Parent is null
                : c.Parent is EconomicCode p && c.Code.StartsWith(p.Code, StringComparison.Ordinal) && EconomicCode.All.Contains(p));

    [Property(MaxTest = 1)]
    public bool All_is_sorted_by_code_and_unique()
    {
        static bool SortedUnique<T>(System.Collections.Generic.IReadOnlyList<T> all)
            where T : IClassificationCode, IComparable<T>
        {
            for (var i = 1; i < all.Count; i++)
            {
                if (string.CompareOrdinal(all[i - 1].Code, all[i].Code) >= 0 || all[i - 1].CompareTo(all[i]) >= 0) return false;
            }
            return true;
        }

        return SortedUnique(FunctionCode.All) && SortedUnique(EconomicCode.All)
            && SortedUnique(GovernmentEconomicCode.All) && SortedUnique(RevenueCode.All);
    }

    [Property(MaxTest = 2000)]
    public bool TryParse_never_throws_on_arbitrary_strings(string? input)
    {
        var found = FunctionCode.TryParse(input, out var code);
        var spanFound = FunctionCode.TryParse((input ?? string.Empty).AsSpan(), out var spanCode);
        return found == (input != null && FunctionCode.All.Any(c => c.Code == input))
            && (!found || code.Code == input)
            && spanFound == (input != null && found) && spanCode == code
            && !EconomicCode.TryParse(input, out _) == !EconomicCode.All.Any(c => c.Code == input);
    }

    [Property]
    public Property Digit_strings_parse_exactly_when_the_table_has_them()
    {
        var digits = Gen.Choose(0, 9).Select(d => (char)('0' + d));
        var codes = Gen.Choose(3, 7).SelectMany(n => Gen.ArrayOf(digits, n)).Select(cs => new string(cs));
        return Prop.ForAll(codes.ToArbitrary(), s => FunctionCode.TryParse(s, out _) == FunctionCode.All.Any(c => c.Code == s));
    }

    [Property]
    public Property ToGovernment_yields_a_code_that_exists()
        => Prop.ForAll(EconomicCodes, Gen.Elements(UnitKind.Agency, UnitKind.Institution).ToArbitrary(), (c, kind) =>
            !c.TryToGovernment(kind, out var g) || (GovernmentEconomicCode.All.Contains(g) && GovernmentEconomicCode.Parse(g.Code) == g));

    [Property]
    public Property Every_departmental_section_maps_for_at_least_one_unit_kind()
        => Prop.ForAll(EconomicCodes, c =>
            c.Level == ClassificationLevel.Class
            || c.TryToGovernment(UnitKind.Agency, out _)
            || c.TryToGovernment(UnitKind.Institution, out _));

    [Property]
    public Property A_name_path_of_names_finds_the_code()
        => Prop.ForAll(FunctionCodes, c =>
        {
            var names = new System.Collections.Generic.List<string>();
            for (FunctionCode? x = c; x is FunctionCode v; x = v.Parent) names.Insert(0, v.Name);
            return FunctionCode.TryFindByNamePath(string.Join("/", names), out var found) && found == c;
        });
}

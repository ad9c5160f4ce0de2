using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FinalAccounts.Generators.Diagnostics;
using FinalAccounts.Generators.Model;
using FinalAccounts.Generators.Naming;
using Microsoft.CodeAnalysis.CSharp;

namespace FinalAccounts.Generators.Tables;

/// <summary>
/// Joins the parsed tables of a compilation into code types: tables sharing a TypeName merge, parents are resolved
/// across files, evidence marks codes verified, and mapping rows attach to the 部门预算 economic type.
/// </summary>
internal static class PlanBuilder
{
    /// <summary>Builds the plan; never throws for any input.</summary>
    public static GenerationPlan Build(ImmutableArray<ParsedTable> tables)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var groups = new Dictionary<string, TypeGroup>(StringComparer.Ordinal);
        foreach (var table in tables.OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            if (!table.KindKnown || !Scheme.IsCodeTable(table.Kind)) continue;
            if (!IsValidTypeName(table.TypeName))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTypeName, LocationInfo.ForFile(table.Path), table.TypeName));
                continue;
            }
            if (!groups.TryGetValue(table.TypeName, out var group))
            {
                group = new TypeGroup(table.TypeName, table.Kind);
                groups.Add(table.TypeName, group);
            }
            if (group.Kind != table.Kind)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateTypeName, LocationInfo.ForFile(table.Path), table.TypeName, Scheme.ChineseName(group.Kind), Scheme.ChineseName(table.Kind)));
                continue;
            }
            group.Add(table, diagnostics);
        }

        foreach (var group in groups.Values) group.DropOrphans(diagnostics);
        ApplyEvidence(tables, groups.Values, diagnostics);
        ApplyAliases(tables, groups.Values, diagnostics);
        var mappings = BuildMappings(tables, groups.Values, diagnostics);

        var types = groups.Values
            .OrderBy(g => g.TypeName, StringComparer.Ordinal)
            .Select(g => g.ToModel(mappings.TryGetValue(g.TypeName, out var m) ? m : null))
            .ToArray();
        return new GenerationPlan(new EquatableArray<CodeTypeModel>(types), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static void ApplyEvidence(ImmutableArray<ParsedTable> tables, IEnumerable<TypeGroup> groups, List<DiagnosticInfo> diagnostics)
    {
        var bySheme = groups.ToLookup(g => g.Kind);
        foreach (var table in tables.Where(t => t.KindKnown && t.Kind == TableKind.Evidence).OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            foreach (var row in table.Evidence)
            {
                var applied = false;
                foreach (var group in bySheme[row.Scheme]) applied |= group.ApplyEvidence(row);
                if (!applied)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, row.Location, "证据行代码 evidence code", row.Code, Scheme.ChineseName(row.Scheme)));
                }
            }
        }
    }

    private static void ApplyAliases(ImmutableArray<ParsedTable> tables, IEnumerable<TypeGroup> groups, List<DiagnosticInfo> diagnostics)
    {
        var byScheme = groups.ToLookup(g => g.Kind);
        foreach (var table in tables.Where(t => t.KindKnown && t.Kind == TableKind.Aliases).OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            foreach (var row in table.Aliases)
            {
                var applied = false;
                foreach (var group in byScheme[row.Scheme]) applied |= group.AddAlias(row);
                if (!applied)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, row.Location, "沿革行代码 alias code", row.CurrentCode, Scheme.ChineseName(row.Scheme)));
                }
            }
        }
    }

    private static Dictionary<string, Mapping> BuildMappings(ImmutableArray<ParsedTable> tables, IEnumerable<TypeGroup> groups, List<DiagnosticInfo> diagnostics)
    {
        var result = new Dictionary<string, Mapping>(StringComparer.Ordinal);
        var all = groups.ToList();
        foreach (var table in tables.Where(t => t.KindKnown && t.Kind == TableKind.EconomicMapping).OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            var economic = all.Where(g => g.Kind == TableKind.Economic && (table.TypeName.Length == 0 || g.TypeName == table.TypeName)).ToList();
            var government = all.Where(g => g.Kind == TableKind.GovernmentEconomic).ToList();
            if (economic.Count != 1 || government.Count != 1)
            {
                var (scheme, found) = economic.Count != 1 ? (TableKind.Economic, economic.Count) : (TableKind.GovernmentEconomic, government.Count);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MappingTarget, LocationInfo.ForFile(table.Path), Scheme.ChineseName(scheme), found.ToString()));
                continue;
            }
            var source = economic[0];
            var target = government[0];
            if (!result.TryGetValue(source.TypeName, out var mapping))
            {
                mapping = new Mapping(target.TypeName);
                result.Add(source.TypeName, mapping);
            }
            foreach (var row in table.Mappings)
            {
                if (!source.Contains(row.DepartmentalCode))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, row.Location, "部门预算经济分类代码 departmental code", row.DepartmentalCode, Scheme.ChineseName(TableKind.Economic)));
                    continue;
                }
                if (!target.Contains(row.GovernmentCode))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, row.Location, "政府预算经济分类代码 government code", row.GovernmentCode, Scheme.ChineseName(TableKind.GovernmentEconomic)));
                    continue;
                }
                if ((row.UnitKinds & 1) != 0) mapping.Agency[row.DepartmentalCode] = row.GovernmentCode;
                if ((row.UnitKinds & 2) != 0) mapping.Institution[row.DepartmentalCode] = row.GovernmentCode;
            }
        }
        return result;
    }

    internal static bool IsValidTypeName(string typeName)
    {
        if (string.IsNullOrWhiteSpace(typeName)) return false;
        foreach (var part in typeName.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None) return false;
        }
        return !s_reservedTypeNames.Contains(typeName.Substring(typeName.LastIndexOf('.') + 1));
    }

    /// <summary>
    /// Simple names the generated struct cannot have: its own members (a member named like its type is CS0542) and
    /// <c>var</c>, which the generated code uses.
    /// </summary>
    private static readonly HashSet<string> s_reservedTypeNames = new(StringComparer.Ordinal)
    {
        "Code", "Name", "DisplayName", "Level", "Parent", "Children", "IsVerified", "Evidence", "Aliases", "Source", "Scheme", "All",
        "Parse", "TryParse", "IdOf", "TryFindByNamePath", "FindByNamePath", "TryFindChild", "IsAncestorOf", "Match",
        "SplitPath", "NormalizeAll", "Normalize", "TryToGovernment", "ToGovernment", "Equals", "GetHashCode",
        "CompareTo", "ToString", "CreateAll", "CreateChildren", "s_codes", "s_names", "s_levels", "s_parents",
        "s_verified", "s_evidence", "s_aliases", "s_sources", "s_all", "s_allView", "s_children", "s_exactNames", "s_looseNames", "s_agencyMapping",
        "s_institutionMapping", "_id", "var",
    };

    private sealed class Mapping
    {
        public Mapping(string target) => Target = target;

        public string Target { get; }

        public Dictionary<string, string> Agency { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Institution { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The rows of every table that declares one type name, as they are merged.</summary>
    private sealed class TypeGroup
    {
        private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
        private readonly List<string> _files = new();

        public TypeGroup(string typeName, TableKind kind)
        {
            TypeName = typeName;
            Kind = kind;
        }

        public string TypeName { get; }

        public TableKind Kind { get; }

        public bool Contains(string code) => _rows.ContainsKey(code);

        public void Add(ParsedTable table, List<DiagnosticInfo> diagnostics)
        {
            _files.Add(System.IO.Path.GetFileName(table.Path));
            foreach (var row in table.Codes)
            {
                if (_rows.TryGetValue(row.Code, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCode, row.Location, row.Code, TableParser.Describe(first.Data.Location)));
                    continue;
                }
                _rows.Add(row.Code, new Row(row, row.Evidence >= 0 ? row.Evidence : IsVerifiedSource(row.Source) ? EvidenceLevel.Verified : EvidenceLevel.Unverified));
            }
        }

        public void DropOrphans(List<DiagnosticInfo> diagnostics)
        {
            // Shorter codes first, so a dropped 款 also drops its 项 (each reported at its own line).
            foreach (var row in _rows.Values.OrderBy(r => r.Data.Code.Length).ThenBy(r => r.Data.Code, StringComparer.Ordinal).ToList())
            {
                if (row.Data.Level == 1 || _rows.ContainsKey(row.Data.ParentCode)) continue;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingParent, row.Data.Location, row.Data.Code, row.Data.ParentCode));
                _rows.Remove(row.Data.Code);
            }
        }

        public bool ApplyEvidence(EvidenceRow evidence)
        {
            if (!_rows.TryGetValue(evidence.Code, out var row)) return false;
            row.Evidence = evidence.Evidence;
            if (evidence.Source.Length > 0) row.Source = evidence.Source;
            return true;
        }

        public bool AddAlias(AliasRow alias)
        {
            if (!_rows.TryGetValue(alias.CurrentCode, out var row)) return false;
            row.Aliases.Add(alias);
            return true;
        }

        public CodeTypeModel ToModel(Mapping? mapping)
        {
            var sorted = _rows.Values.OrderBy(r => r.Data.Code, StringComparer.Ordinal).ToList();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < sorted.Count; i++) ids.Add(sorted[i].Data.Code, i + 1);
            var entries = new CodeEntry[sorted.Count];
            var agency = new string[sorted.Count];
            var institution = new string[sorted.Count];
            for (var i = 0; i < sorted.Count; i++)
            {
                var r = sorted[i];
                var parentId = r.Data.Level == 1 ? 0 : ids[r.Data.ParentCode];
                var aliases = r.Aliases.OrderBy(a => a.LastYear == 0 ? int.MaxValue : a.LastYear).ThenBy(a => a.Name, StringComparer.Ordinal).ToArray();
                entries[i] = new CodeEntry(r.Data.Code, r.Data.Name, parentId, r.Data.Level, r.Evidence, r.Source, Pinyin.ToIdentifier(r.Data.Name) + "_" + r.Data.Code, new EquatableArray<AliasRow>(aliases));
                agency[i] = mapping != null && mapping.Agency.TryGetValue(r.Data.Code, out var a) ? a : string.Empty;
                institution[i] = mapping != null && mapping.Institution.TryGetValue(r.Data.Code, out var b) ? b : string.Empty;
            }
            var dot = TypeName.LastIndexOf('.');
            return new CodeTypeModel(
                dot < 0 ? string.Empty : TypeName.Substring(0, dot),
                TypeName.Substring(dot + 1),
                Kind,
                new EquatableArray<string>(_files.ToArray()),
                new EquatableArray<CodeEntry>(entries),
                mapping?.Target ?? string.Empty,
                mapping == null ? EquatableArray<string>.Empty : new EquatableArray<string>(agency),
                mapping == null ? EquatableArray<string>.Empty : new EquatableArray<string>(institution));
        }

        /// <summary>A row's own source counts as evidence unless it is empty or says it is unverified.</summary>
        private static bool IsVerifiedSource(string source)
            => source.Length > 0 && source.IndexOf("unverified", StringComparison.OrdinalIgnoreCase) < 0 && source.IndexOf("未核实", StringComparison.Ordinal) < 0;

        private sealed class Row
        {
            public Row(CodeRow data, int evidence)
            {
                Data = data;
                Evidence = evidence;
                Source = data.Source;
            }

            public CodeRow Data { get; }

            public int Evidence { get; set; }

            public List<AliasRow> Aliases { get; } = new();

            public string Source { get; set; }
        }
    }
}

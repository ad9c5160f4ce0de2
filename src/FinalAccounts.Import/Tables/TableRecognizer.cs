using System.Collections.Generic;

namespace FinalAccounts.Import.Tables;

/// <summary>Reads a located table with the recogniser for its layout.</summary>
internal static class TableRecognizer
{
    public static List<CellDraft> Read(TableRegion region, List<ImportNote> notes) => region.Kind switch
    {
        TableKind.Summary => SummaryTableReader.Read(region, notes),
        TableKind.Income => CodedTableReader.Read(region, ColumnMap.Income, notes),
        TableKind.Expenditure => CodedTableReader.Read(region, ColumnMap.Expenditure, notes),
        TableKind.AppropriationSummary => AppropriationSummaryTableReader.Read(region, notes),
        TableKind.GeneralBudget => CodedTableReader.Read(region, ColumnMap.GeneralBudget, notes),
        TableKind.BasicExpenditure => EconomicTableReader.Read(region, notes),
        TableKind.ThreePublic => ThreePublicTableReader.Read(region, notes),
        TableKind.GovernmentFund => CodedTableReader.Read(region, ColumnMap.Fund("政府性基金预算财政拨款"), notes),
        _ => CodedTableReader.Read(region, ColumnMap.Fund("国有资本经营预算财政拨款"), notes),
    };
}

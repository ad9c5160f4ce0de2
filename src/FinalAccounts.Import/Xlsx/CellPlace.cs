namespace FinalAccounts.Import.Xlsx;

/// <summary>A cell's place for messages, "表3!F9", kept as parts so that no text is built for cells that read fine.</summary>
internal readonly struct CellPlace
{
    public CellPlace(string sheet, int row, int column)
    {
        Sheet = sheet;
        Row = row;
        Column = column;
    }

    public string Sheet { get; }

    public int Row { get; }

    public int Column { get; }

    public override string ToString() => Sheet + "!" + CellReference.Of(Row, Column);
}

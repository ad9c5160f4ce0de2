using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FinalAccounts.Generators.Model;

/// <summary>A place in a table file, kept as plain values because Roslyn locations do not compare across runs.</summary>
internal readonly record struct LocationInfo(string Path, int Start, int Length, int Line, int Column, int EndColumn)
{
    /// <summary>The whole line <paramref name="line"/> (zero-based) of <paramref name="path"/>.</summary>
    public static LocationInfo ForLine(string path, int lineStart, int lineLength, int line)
        => new(path, lineStart, lineLength, line, 0, lineLength);

    /// <summary>The start of a file, for problems that belong to no line.</summary>
    public static LocationInfo ForFile(string path) => new(path, 0, 0, 0, 0, 0);

    /// <summary>The Roslyn location to report at.</summary>
    public Location ToLocation()
        => Location.Create(
            Path,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(Line, EndColumn)));
}

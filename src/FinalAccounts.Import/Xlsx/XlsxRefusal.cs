using System;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// Why a workbook is not read, in Chinese and in English, with the place (part, sheet, cell, line) inside the words.
/// Thrown inside the reader only; <see cref="XlsxLayoutReader"/> turns it into the <see cref="ImportException"/> callers see.
/// </summary>
internal sealed class XlsxRefusal : Exception
{
    public XlsxRefusal(string chinese, string english, Exception? inner = null)
        : base(english, inner)
    {
        Chinese = chinese;
        English = english;
    }

    public string Chinese { get; }

    public string English { get; }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;

namespace FinalAccounts.Import.Tests.Targets;

/// <summary>
/// Writes generated 绩效目标表s as a budget system exports them to a workbook: a cover sheet, an empty “三公”经费预算表
/// sheet (so the report is a 预算), then one sheet per table — title merged across, 项目名称 | project (merged), 主管部门 |
/// department | 实施单位 | implementer, 项目资金（万元） merged down over 年度资金总额 / 其中：财政拨款 / 其他资金, 年度总体目标 |
/// goal (merged across), the header 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 (| 分值), and a row per indicator with
/// 一级/二级 merged down over their rows (the text in the merge's first cell) and 绩效指标 merged down the left.
/// </summary>
internal static class TargetXlsxRenderer
{
    public static byte[] Render(IReadOnlyList<TargetTable> tables)
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("封面").Cell(1, 1).SetValue(GeneratedTargets.Cover);
        var three = workbook.Worksheets.Add("表9");
        three.Cell(1, 1).SetValue("2025年部门“三公”经费和机关运行经费预算表");
        three.Cell(2, 6).SetValue("单位:万元");
        var n = 0;
        foreach (var t in tables)
        {
            var sheet = workbook.Worksheets.Add("目标表" + ++n);
            sheet.Cell(1, 1).SetValue("2025年项目支出绩效目标表");
            sheet.Range(1, 1, 1, 6).Merge();
            sheet.Cell(2, 1).SetValue("项目名称");
            sheet.Cell(2, 2).SetValue(t.Project);
            sheet.Range(2, 2, 2, 6).Merge();
            sheet.Cell(3, 1).SetValue("主管部门");
            sheet.Cell(3, 2).SetValue(t.Department);
            sheet.Range(3, 2, 3, 3).Merge();
            sheet.Cell(3, 4).SetValue("实施单位");
            sheet.Cell(3, 5).SetValue(t.Implementer);
            sheet.Range(3, 5, 3, 6).Merge();
            sheet.Cell(4, 1).SetValue("项目资金（万元）");
            sheet.Range(4, 1, 6, 1).Merge();
            sheet.Cell(4, 2).SetValue("年度资金总额");
            sheet.Cell(5, 2).SetValue("其中：财政拨款");
            sheet.Cell(6, 2).SetValue("其他资金");
            if (t.Funds != null)
            {
                sheet.Cell(4, 3).SetValue(t.Funds);
                sheet.Cell(5, 3).SetValue(t.Funds);
            }
            sheet.Cell(6, 3).SetValue("0");
            sheet.Cell(7, 1).SetValue("年度总体目标");
            sheet.Cell(7, 2).SetValue(t.Goal);
            sheet.Range(7, 2, 7, 6).Merge();
            var labels = new[] { "绩效指标", "一级指标", "二级指标", "三级指标", "指标值" }.Concat(t.Weights ? new[] { "分值" } : new string[0]).ToArray();
            for (var j = 0; j < labels.Length; j++) sheet.Cell(8, 1 + j).SetValue(labels[j]);
            var row = 9;
            foreach (var level1 in t.Indicators)
            {
                var first1 = row;
                foreach (var level2 in level1.Groups)
                {
                    var first2 = row;
                    foreach (var r in level2.Rows)
                    {
                        sheet.Cell(row, 4).SetValue(r.Level3);
                        sheet.Cell(row, 5).SetValue(r.Value);
                        if (r.Weight != null) sheet.Cell(row, 6).SetValue(r.Weight);
                        row++;
                    }
                    sheet.Cell(first2, 3).SetValue(level2.Name);
                    if (row - 1 > first2) sheet.Range(first2, 3, row - 1, 3).Merge();
                }
                sheet.Cell(first1, 2).SetValue(level1.Name);
                if (row - 1 > first1) sheet.Range(first1, 2, row - 1, 2).Merge();
            }
            sheet.Range(8, 1, row - 1, 1).Merge();
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}

using System.Text;
using Deque.AxeCore.Commons;

namespace Registry.Browser.Tests.Accessibility;

/// <summary>axe-core's violations in words, so whoever fixes a page sees what to change and where.</summary>
public static class AxeReport
{
    public static string Describe(string page, AxeResult result)
    {
        var text = new StringBuilder($"axe found {result.Violations.Length} violation(s) on {page}:\n");
        foreach (var violation in result.Violations)
        {
            text.Append($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})\n");
            foreach (var node in violation.Nodes)
            {
                text.Append($"    on {node.Target}: {Shorten(node.Html)}\n");
                // "any" checks: fixing one of them is enough; "all" and "none" checks: fix every one.
                foreach (var check in node.Any ?? [])
                    text.Append($"      fix any: {check.Message}\n");
                foreach (var check in (node.All ?? []).Concat(node.None ?? []))
                    text.Append($"      fix: {check.Message}\n");
            }
        }
        return text.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 200 ? html : html[..200] + "…";
}

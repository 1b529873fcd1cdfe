namespace Registry.Web.Dossiers.Printing;

/// <summary>A render that did not finish in time or failed twice, with the reason a job can show.</summary>
public sealed class DossierRenderException(string message, Exception? inner = null) : Exception(message, inner);

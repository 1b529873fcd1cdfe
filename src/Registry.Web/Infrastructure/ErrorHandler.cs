using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Registry.Data.Common;
using Registry.Domain.Common;

namespace Registry.Web.Infrastructure;

/// <summary>Turns broken rules into problem+json with <c>errors</c> keyed by field; nothing else leaks out.</summary>
public sealed class ErrorHandler(IProblemDetailsService problems, ILogger<ErrorHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, field, message) = exception switch
        {
            DomainException e => (400, "The request breaks a rule of the registry.", e.Field, e.Message),
            ConflictException e => (409, "The request clashes with stored data.", e.Field, e.Message),
            NotFoundException e => (404, "Not found.", null, e.Message),
            BadHttpRequestException { InnerException: JsonException j } =>
                (400, "The request body is not valid JSON for this endpoint.", JsonField(j.Path), j.Message),
            BadHttpRequestException { StatusCode: 413 } => (400, "The request is too large.", "file",
                "The upload is larger than the registry accepts (Registry:Attachments:MaxBytes)."),
            BadHttpRequestException e => (e.StatusCode, "The request is malformed.", "body", e.Message),
            _ => (500, "An unexpected error occurred.", null, null),
        };
        if (status == 500) log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
        http.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = message };
        if (field is not null)
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message ?? title] };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}

using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// Writes one column's values into a binary COPY with the generic, typed Write: passing boxed values with a type
/// name made Npgsql resolve the type for every value, and that, not the server, was most of the time.
/// </summary>
public static class CopyColumn
{
    public static Action<NpgsqlBinaryImporter, object> For(string storeType) => storeType switch
    {
        "integer" => (copy, v) => copy.Write((int)v, NpgsqlDbType.Integer),
        "bigint" => (copy, v) => copy.Write(Convert.ToInt64(v), NpgsqlDbType.Bigint),
        "boolean" => (copy, v) => copy.Write((bool)v, NpgsqlDbType.Boolean),
        "date" => (copy, v) => copy.Write((DateOnly)v, NpgsqlDbType.Date),
        "text" => (copy, v) => copy.Write((string)v, NpgsqlDbType.Text),
        "character varying" => (copy, v) => copy.Write((string)v, NpgsqlDbType.Varchar),
        "text[]" => (copy, v) => copy.Write((List<string>)v, NpgsqlDbType.Array | NpgsqlDbType.Text),
        "integer[]" => (copy, v) => copy.Write((List<int>)v, NpgsqlDbType.Array | NpgsqlDbType.Integer),
        _ => (copy, v) => copy.Write(v, storeType),
    };
}

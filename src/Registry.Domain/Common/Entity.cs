namespace Registry.Domain.Common;

public abstract class Entity
{
    public int Id { get; protected set; }
}

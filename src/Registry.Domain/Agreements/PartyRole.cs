namespace Registry.Domain.Agreements;

public enum PartyRole
{
    Party,
    Depositary,
    Observer,
}

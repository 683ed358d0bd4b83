package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.subscription.SubscriptionRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * LocalAdministrator / DelegationActor of the contract. Names are 100 characters at most, as the
 * accounts' columns (the contract allows 255: longer is a 400 here, never a 500).
 */
public class PersonDto {

    @Size(max = 100)
    public String firstName;
    @Size(max = 100)
    public String lastName;
    @NotNull
    @Size(max = 320)
    @Pattern(regexp = "^[a-zA-Z0-9._-]+@[a-zA-Z0-9._-]{2,}\\.[a-z]{2,24}$", message = "String is not a valid email value")
    public String email;
    @Size(max = 255)
    public String function;
    @Pattern(regexp = "^\\+[0-9]{10,20}$|^[0-9]{10,20}$")
    public String phoneNumber;
    @Pattern(regexp = "^\\+[0-9]{10,20}$|^[0-9]{10,20}$")
    public String mobileNumber;

    SubscriptionRequest.Person toPerson() {
        return new SubscriptionRequest.Person(firstName, lastName, email, function, phoneNumber, mobileNumber);
    }
}

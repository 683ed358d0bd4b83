package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.subscription.SubscriptionRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** LocalAdministrator / DelegationActor of the contract. */
public class PersonDto {

    @Size(max = 255)
    public String firstName;
    @Size(max = 255)
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

    static PersonDto ofEmail(String email) {
        PersonDto dto = new PersonDto();
        dto.email = email;
        return dto;
    }

    SubscriptionRequest.Person toPerson() {
        return new SubscriptionRequest.Person(firstName, lastName, email, function, phoneNumber, mobileNumber);
    }
}

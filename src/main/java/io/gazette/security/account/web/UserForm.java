package io.gazette.security.account.web;

import io.gazette.security.account.NewUserRequest;
import org.jboss.resteasy.reactive.RestForm;

/** The new-account form as typed; the password is never sent back into the page. */
public class UserForm {

    @RestForm public String email;
    @RestForm public String displayName;
    @RestForm public String role;
    @RestForm public String password;

    public static UserForm blank() {
        UserForm form = new UserForm();
        form.role = "editor";
        return form;
    }

    public NewUserRequest toRequest() {
        return new NewUserRequest(email, displayName, role, password == null ? "" : password);
    }
}

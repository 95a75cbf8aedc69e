package io.gazette.audience;

import io.gazette.shared.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A list people subscribe to; it feeds one or more newsletters. */
@Entity
@Table(name = "mailing_list")
public class MailingList extends VersionedEntity {

    @Column(nullable = false, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ListVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "opt_in", nullable = false, length = 16)
    public OptIn optIn;

    @ElementCollection
    @CollectionTable(name = "list_newsletter", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "newsletter_id", nullable = false)
    public Set<Long> newsletterIds = new HashSet<>();

    public boolean isPublic() {
        return visibility == ListVisibility.PUBLIC;
    }

    /** The ids of the lists that feed a newsletter. */
    public static Set<Long> feeding(long newsletterId) {
        return Set.copyOf(find("select l.id from MailingList l join l.newsletterIds n where n = ?1", newsletterId)
                .project(Long.class).list());
    }

    public static Optional<MailingList> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}

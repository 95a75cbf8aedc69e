package io.gazette.issue;

import io.gazette.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A numbered news item. Its number in the email is its position, always 1..n without gaps. */
@Entity
@Table(name = "item")
public class Item extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id", nullable = false)
    public Issue issue;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String headline;

    /** Markdown, one to three paragraphs. */
    @Column(nullable = false, length = 20000)
    public String body;

    @Column(name = "source_url", length = 2048)
    public String sourceUrl;

    @Column(name = "source_name", length = 200)
    public String sourceName;

    @Column(length = 64)
    public String tag;

    @Column(name = "image_url", length = 2048)
    public String imageUrl;

    /** Who last saved the item (an account's email or a token's owner); null for items from before V9. */
    @Column(name = "updated_by", length = 320)
    public String updatedBy;
}

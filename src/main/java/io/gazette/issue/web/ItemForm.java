package io.gazette.issue.web;

import io.gazette.issue.ItemRequest;
import io.gazette.issue.ItemView;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

/** An item's fields exactly as typed, kept when a save is refused; becomes the API's {@link ItemRequest}. */
public class ItemForm {

    @RestForm public String headline;
    @RestForm public String body;
    @RestForm public String sourceUrl;
    @RestForm public String sourceName;
    @RestForm public String tag;
    @RestForm public String imageUrl;
    /** Only when adding: where the item goes (an undone delete puts it back where it was). */
    @RestForm public Integer position;
    @RestForm public Long version;

    public static ItemForm blank() {
        return new ItemForm();
    }

    public static ItemForm of(ItemView item) {
        ItemForm form = new ItemForm();
        form.headline = item.headline();
        form.body = item.body();
        form.sourceUrl = item.sourceUrl();
        form.sourceName = item.sourceName();
        form.tag = item.tag();
        form.imageUrl = item.imageUrl();
        form.position = item.position();
        form.version = item.version();
        return form;
    }

    public ItemRequest toRequest() {
        return new ItemRequest(headline, body, FormValues.orNull(sourceUrl), FormValues.orNull(sourceName),
                FormValues.orNull(tag), FormValues.orNull(imageUrl), position, version);
    }
}

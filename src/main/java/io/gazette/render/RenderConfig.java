package io.gazette.render;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where email themes live and who the preview is addressed to. */
@ConfigMapping(prefix = "gazette.render")
public interface RenderConfig {

    /**
     * Directory holding the email themes, one folder per theme; read at run time, so an admin can rebrand
     * without rebuilding. Relative paths resolve against the working directory.
     */
    @WithDefault("templates")
    String themesDir();

    /** Name of the sample subscriber a preview is personalised for. */
    @WithDefault("Sam Sample")
    String sampleName();

    /** Address of the sample subscriber a preview is personalised for. */
    @WithDefault("sam@example.com")
    String sampleEmail();

    /** Local part of the mailbox that takes unsubscribe requests by mail (the mailto form of List-Unsubscribe), at the sender's domain. */
    @WithDefault("unsubscribe")
    String unsubscribeMailbox();
}

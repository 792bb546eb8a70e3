package id.warta.platform.desk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of newsroom screens (under /redaksi), wherever its feature lives: its
 * templates get the {@code frame} of the newsroom layout, its answers are never stored by a cache,
 * and its errors are shown as newsroom pages in Indonesian ({@link NewsroomPages}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NewsroomScreen {}

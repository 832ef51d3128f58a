package org.passerelle.backend.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answers that carry a record's version as its ETag, so that the next change can name it in If-Match. */
final class Answers {

    private Answers() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the record and its ETag. */
    static Response versioned(Object record, long version) {
        return Response.ok(record).tag(tag(version)).build();
    }

    /** 201 with the new record, its address below the request's and its ETag. */
    static Response created(UriInfo uri, String key, Object record, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(key).build()).tag(tag(version)).entity(record)
                .build();
    }
}

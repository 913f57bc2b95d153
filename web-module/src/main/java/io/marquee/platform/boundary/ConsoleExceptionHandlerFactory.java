package io.marquee.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;

/**
 * A console form posted without this session's view state (a forged cross-site post, or a
 * page left open across a restart) is refused with 403, not a 500.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ForeignFormRefusal(getWrapped().getExceptionHandler());
    }

    static final class ForeignFormRefusal extends ExceptionHandlerWrapper {

        ForeignFormRefusal(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (isForeignForm(failure)) {
                    events.remove();
                    refuse();
                }
            }
            getWrapped().handle();
        }

        private static boolean isForeignForm(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse() {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(403, "This form was not issued to your session. Reload the page and try again.");
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}

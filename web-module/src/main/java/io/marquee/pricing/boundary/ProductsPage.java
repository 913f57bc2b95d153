package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.pricing.control.Products;
import io.marquee.pricing.entity.CatalogFilter;
import io.marquee.pricing.entity.Product;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the console user's products by title and genre, one page at a time. */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "search:productTable";

    @Inject
    transient Products products;

    @Inject
    transient ConsoleAccess access;

    private String titleContains;
    private String genre;

    private final LazyDataModel<Product> found = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) products.count(access.organisers(), given(titleContains), filter(0, 1));
        }

        @Override
        public List<Product> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return products.search(access.organisers(), given(titleContains), filter(first / pageSize, pageSize));
        }

        @Override
        public String getRowKey(Product product) {
            return String.valueOf(product.getId());
        }
    };

    /** A new search starts at its first page. */
    public void search() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)).reset();
    }

    private CatalogFilter filter(int page, int size) {
        return new CatalogFilter(Optional.empty(), given(genre), Optional.empty(), page, size);
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }

    public LazyDataModel<Product> getFound() {
        return found;
    }

    public String getTitleContains() {
        return titleContains;
    }

    public void setTitleContains(String titleContains) {
        this.titleContains = titleContains;
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }
}
